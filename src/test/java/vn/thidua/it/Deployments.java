package vn.thidua.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import vn.thidua.platform.time.TodayAt;

/**
 * The WAR that `mvn package` built, deployed as it is (what runs in production is what is tested), plus the test-only
 * servlets {@link DeadlineRoundAt} (the deadline job as at an instant) and {@link TodayAt} (the application's clock
 * moved to another day). Every class deploys this same archive, so one server serves them all
 * ({@link SharedPayaraMicro}).
 */
final class Deployments {

    private Deployments() {
    }

    static WebArchive application() {
        File war = new File(System.getProperty("thidua.war", "target/thidua.war"));
        return ShrinkWrap.createFromZipFile(WebArchive.class, war).addClasses(DeadlineRoundAt.class, TodayAt.class);
    }
}
