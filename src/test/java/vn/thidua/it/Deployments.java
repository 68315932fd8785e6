package vn.thidua.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR that `mvn package` built, deployed as it is: what runs in production is what is tested. */
final class Deployments {

    private Deployments() {
    }

    static WebArchive application() {
        File war = new File(System.getProperty("thidua.war", "target/thidua.war"));
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
