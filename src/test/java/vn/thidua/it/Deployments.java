package vn.thidua.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The WAR that `mvn package` built, deployed as it is (what runs in production is what is tested), plus the test-only
 * {@link DeadlineRoundAt}. Every class deploys this same archive, so one server serves them all
 * ({@link SharedPayaraMicro}).
 */
final class Deployments {

    private Deployments() {
    }

    static WebArchive application() {
        File war = new File(System.getProperty("thidua.war", "target/thidua.war"));
        return ShrinkWrap.createFromZipFile(WebArchive.class, war).addClass(DeadlineRoundAt.class);
    }
}
