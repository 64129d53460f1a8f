package cn.qinglian.portal;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.data.repository.Repository;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The layering of DESIGN.md §5. */
@AnalyzeClasses(packages = "cn.qinglian.portal", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule featuresHaveNoCycles = slices().matching("cn.qinglian.portal.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule baseDependsOnNoFeature = noClasses().that().resideInAPackage("cn.qinglian.portal.base..")
            .should().dependOnClassesThat().resideOutsideOfPackages("cn.qinglian.portal.base..", "java..", "javax..",
                    "jakarta..", "org..", "com..", "ch..", "tools..")
            .as("base depends on no feature");

    @ArchTest
    static final ArchRule auditDependsOnlyOnBase = noClasses().that().resideInAPackage("cn.qinglian.portal.audit..")
            .should().dependOnClassesThat().resideInAnyPackage("cn.qinglian.portal.security..",
                    "cn.qinglian.portal.organisation..", "cn.qinglian.portal.demo..");

    @ArchTest
    static final ArchRule securityDependsOnNoBusinessFeature = noClasses().that().resideInAPackage("cn.qinglian.portal.security..")
            .should().dependOnClassesThat().resideInAnyPackage("cn.qinglian.portal.organisation..", "cn.qinglian.portal.demo..");

    @ArchTest
    static final ArchRule viewsUseServicesOnly = noClasses().that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().areAssignableTo(Repository.class)
            .orShould().dependOnClassesThat().areAssignableTo(JdbcClient.class)
            .orShould().dependOnClassesThat().resideInAPackage("org.springframework.jdbc..")
            .as("views call services, never repositories or JDBC");

    @ArchTest
    static final ArchRule formsDoNotCallServices = noClasses().that().haveSimpleNameEndingWith("Form")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Service")
            .as("forms are bound to drafts and never call services");
}
