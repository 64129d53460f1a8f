package cn.qinglian.portal.report;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.engine.design.JRCompilationUnit;
import net.sf.jasperreports.engine.design.JRDesignField;
import net.sf.jasperreports.engine.design.JRJdk13Compiler;
import net.sf.jasperreports.engine.JRDataSource;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportRendererTest {

    private final ReportRenderer renderer = new ReportRenderer();

    /** A Java compiler that fails: a template that needs one would not work on the JRE of the image. */
    public static class NoJavaCompiler extends JRJdk13Compiler {
        public NoJavaCompiler(JasperReportsContext context) {
            super(context);
        }

        @Override
        protected String compileUnits(JRCompilationUnit[] units, String classpath, File tempDirFile) {
            throw new AssertionError("this template needs the Java compiler: keep to $P/$F/$V and simpleText");
        }
    }

    @Test
    void everyTemplateCompilesWithoutAJavaCompiler() throws IOException {
        var context = new SimpleJasperReportsContext();
        context.setProperty("net.sf.jasperreports.compiler.class", NoJavaCompiler.class.getName());
        var strict = new ReportRenderer(context);
        List<String> names;
        try (Stream<Path> files = Files.walk(Path.of("reports"))) {
            names = files.map(Path::toString).filter(f -> f.endsWith(".jrxml"))
                    .map(f -> f.substring("reports/".length(), f.length() - ".jrxml".length())).toList();
        }
        assertThat(names).contains("cadre/archive-card", "cadre/eligibility-review");
        for (String name : names) {
            assertThat(strict.template(name)).as(name).isNotNull();
        }
    }

    @Test
    void knowsNoFeature() {
        // only this package's compiled classes, and no resolving of what they use: scanning the class path takes seconds
        var config = ArchConfiguration.get();
        boolean resolve = config.resolveMissingDependenciesFromClassPath();
        config.setResolveMissingDependenciesFromClassPath(false);
        try {
            var report = new ClassFileImporter().importPath(Path.of("target", "classes", "cn", "qinglian", "portal", "report"));
            assertThat(report).isNotEmpty();
            classes().should().onlyDependOnClassesThat(JavaClass.Predicates.resideOutsideOfPackage("cn.qinglian.portal..")
                    .or(JavaClass.Predicates.resideInAPackage("cn.qinglian.portal.report.."))).check(report);
        } finally {
            config.setResolveMissingDependenciesFromClassPath(resolve);
        }
    }

    @Test
    void compilesEachTemplateOnce() {
        assertThat(renderer.template("cadre/eligibility-review")).isSameAs(renderer.template("cadre/eligibility-review"));
    }

    @Test
    void unknownOrOddTemplateNamesFailClearly() {
        assertThatThrownBy(() -> renderer.template("cadre/no-such-report"))
                .isInstanceOf(ReportFailedException.class).hasMessageContaining("找不到报表模板");
        assertThatThrownBy(() -> renderer.template("../pom"))
                .isInstanceOf(ReportFailedException.class).hasMessageContaining("名称无效");
        assertThatThrownBy(() -> renderer.pdf(List.of(), (done, total) -> { }))
                .isInstanceOf(ReportFailedException.class).hasMessage("没有可打印的内容");
    }

    record Wrong(String nothingTheTemplateKnows) {
    }

    @Test
    void rowsThatDoNotFitTheTemplateFailWithoutAFile() {
        var request = new ReportRequest("cadre/eligibility-review", Map.of("title", "测试"), List.of(new Wrong("x")));
        assertThatThrownBy(() -> renderer.pdf(request))
                .isInstanceOf(ReportFailedException.class).hasMessageContaining("填充数据失败");
    }

    record Line(String text, List<String> notes) {
    }

    @Test
    void dataSourceReadsRecordsMapsAndNestedLists() throws Exception {
        var text = field("text", String.class);
        var notes = field("notes", JRDataSource.class);
        var self = field("_THIS", String.class);

        var rows = new RecordDataSource(List.of(new Line("甲", List.of("一", "二")), Map.of("text", "乙")));
        assertThat(rows.next()).isTrue();
        assertThat(rows.getFieldValue(text)).isEqualTo("甲");
        var nested = (JRDataSource) rows.getFieldValue(notes);
        assertThat(nested.next()).isTrue();
        assertThat(nested.getFieldValue(self)).isEqualTo("一");
        assertThat(rows.next()).isTrue();
        assertThat(rows.getFieldValue(text)).isEqualTo("乙");
        assertThat(rows.next()).isFalse();
        rows.moveFirst();
        assertThat(rows.next()).isTrue();
    }

    private static JRDesignField field(String name, Class<?> type) {
        var field = new JRDesignField();
        field.setName(name);
        field.setValueClass(type);
        return field;
    }
}
