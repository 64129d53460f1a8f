package cn.qinglian.portal;

import cn.qinglian.portal.cadre.CadreFixture;
import cn.qinglian.portal.letter.LetterFixture;
import cn.qinglian.portal.clearance.ClearanceFixture;
import cn.qinglian.portal.security.BrowserlessUsers;
import cn.qinglian.portal.security.SecurityFixture;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A browserless test of the portal's views. All of them share ONE Spring context, in a test JVM of
 * their own (see the surefire executions in pom.xml): each context installs its own Vaadin-aware
 * security-context strategy JVM-wide, so a test user set up through one context would be invisible
 * to another context's navigation checks.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles({"demo", "test"})
@Import({BrowserlessUsers.class, SecurityFixture.class, CadreFixture.class, LetterFixture.class, ClearanceFixture.class})
public @interface ViewTest {
}
