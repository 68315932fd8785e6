package vn.thidua.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.thidua.platform.time.Formats;

/** The administrators' audit log page, on a real Payara Micro with the demo accounts. */
@ExtendWith(ArquillianExtension.class)
class AuditIT {

    private static final String DEMO_PASSWORD = "thidua-demo-2024";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL base;

    @Test
    void anAdministratorSeesAPasswordResetInTheAuditLog() {
        String user = TestAccounts.fresh(base, "VIEWER").username();
        WebClient admin = new WebClient(base).withBasic("admin", DEMO_PASSWORD);
        assertThat(admin.send("POST", "api/users/" + user + "/password-reset").statusCode()).isEqualTo(200);

        HttpResponse<String> page = admin.get("admin/audit.xhtml");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("PASSWORD_RESET").contains(user).contains("id=\"nav-audit\"");
    }

    @Test
    void theFilterFormNarrowsTheLog() {
        String user = TestAccounts.fresh(base, "VIEWER").username();
        String part = user.substring(2).toUpperCase(java.util.Locale.ROOT);
        WebClient admin = new WebClient(base).withBasic("admin", DEMO_PASSWORD);
        assertThat(admin.send("POST", "api/users/" + user + "/password-reset").statusCode()).isEqualTo(200);
        String today = Formats.date(Formats.today());

        HttpResponse<String> matching = admin.submit("admin/audit.xhtml", "audit", "filter", Map.of(
                "action_input", "PASSWORD_RESET", "entityId", part, "from_input", today, "to_input", today));
        assertThat(matching.statusCode()).isEqualTo(200);
        assertThat(matching.body()).contains(user).doesNotContain("Không có mục nào.");

        HttpResponse<String> none = admin.submit("admin/audit.xhtml", "audit", "filter", Map.of(
                "entityId", part, "to_input", Formats.date(Formats.today().minusDays(1))));
        assertThat(none.body()).contains("Không có mục nào.").doesNotContain(">" + user + "<");
    }

    @Test
    void aCommuneAdministratorReadsOnlyWhatTheyDid() {
        String user = TestAccounts.fresh(base, "VIEWER").username();
        new WebClient(base).withBasic("admin", DEMO_PASSWORD).send("POST", "api/users/" + user + "/password-reset");
        TestAccounts.Account local = TestAccounts.fresh(base, "ADMIN", "06709");
        HttpResponse<String> page = new WebClient(base).withBasic(local.username(), local.password())
                .get("admin/audit.xhtml");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain(user);
    }

    @Test
    void anOfficerCannotOpenTheAuditLog() {
        HttpResponse<String> page = new WebClient(base).withBasic("tinh.canbo", DEMO_PASSWORD)
                .get("admin/audit.xhtml");
        assertThat(page.statusCode()).isEqualTo(403);
    }
}
