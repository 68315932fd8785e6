package vn.thidua.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Login, lockout, roles and the API's answers, on a real Payara Micro with the demo accounts. Each test uses its
 * own account, so the order of the tests does not matter.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityIT {

    private static final String DEMO_PASSWORD = "thidua-demo-2024";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL base;

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    @Test
    void theApiRefusesACallerWithoutCredentials() {
        HttpResponse<String> response = new WebClient(base).get("api/me");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                value -> assertThat(value).startsWith("Basic"));
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                value -> assertThat(value).startsWith("application/problem+json"));
        assertThat(json(response).getInt("status")).isEqualTo(401);
    }

    @Test
    void theApiTellsTheCallerWhoTheyAreAndWhereTheirRolesAre() {
        HttpResponse<String> response = new WebClient(base).withBasic("admin", DEMO_PASSWORD).get("api/me");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject me = json(response);
        assertThat(me.getString("username")).isEqualTo("admin");
        assertThat(me.getString("displayName")).isEqualTo("Quản trị hệ thống");
        JsonObject role = me.getJsonArray("roles").getJsonObject(0);
        assertThat(role.getString("role")).isEqualTo("ADMIN");
        assertThat(role.getString("unitCode")).isEqualTo("22");
        assertThat(role.getString("unitName")).isEqualTo("Tỉnh Quảng Ninh");
    }

    @Test
    void anOfficerCallingAnAdministratorsServiceMethodIsRefused() {
        HttpResponse<String> asOfficer = new WebClient(base).withBasic("tinh.canbo", DEMO_PASSWORD).get("api/users");
        assertThat(asOfficer.statusCode()).isEqualTo(403);
        assertThat(json(asOfficer).getString("detail")).contains("không có quyền");
        HttpResponse<String> asAdmin = new WebClient(base).withBasic("admin", DEMO_PASSWORD).get("api/users");
        assertThat(asAdmin.statusCode()).isEqualTo(200);
        assertThat(asAdmin.body()).contains("\"username\":\"tinh.canbo\"");
    }

    @Test
    void anOfficerCannotOpenTheAdministrationPages() {
        WebClient officer = new WebClient(base);
        officer.follow(officer.login("tinh.lanhdao", DEMO_PASSWORD));
        assertThat(officer.get("admin/users.xhtml").statusCode()).isEqualTo(403);
    }

    @Test
    void aWrongPasswordFailsOnTheApiAndOnTheLoginPage() {
        TestAccounts.Account account = TestAccounts.fresh(base, "VIEWER");
        assertThat(new WebClient(base).withBasic(account.username(), "wrong-password-1").get("api/me").statusCode())
                .isEqualTo(401);
        WebClient browser = new WebClient(base);
        HttpResponse<String> page = browser.login(account.username(), "wrong-password-2");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Tên đăng nhập hoặc mật khẩu không đúng.");
        assertThat(browser.follow(browser.get("index.xhtml")).uri().getPath()).isEqualTo("/login.xhtml");
    }

    @Test
    void loggingInGivesANewSessionAndLoggingOutEndsIt() {
        WebClient browser = new WebClient(base);
        browser.get("login.xhtml");
        String before = browser.sessionId();
        HttpResponse<String> afterLogin = browser.login("hoidong4", DEMO_PASSWORD);
        assertThat(afterLogin.statusCode()).isEqualTo(302);
        assertThat(browser.sessionId()).isNotNull().isNotEqualTo(before);
        HttpResponse<String> home = browser.follow(afterLogin);
        assertThat(home.body()).contains("Vũ Thị Mai").contains("Tỉnh Quảng Ninh");

        HttpResponse<String> loggedOut = browser.follow(
                browser.submit("index.xhtml", "logout-form", "logout", Map.of()));
        assertThat(loggedOut.uri().getPath()).isEqualTo("/login.xhtml");
        assertThat(loggedOut.body()).contains("Bạn đã đăng xuất.");
        assertThat(browser.follow(browser.get("index.xhtml")).uri().getPath()).isEqualTo("/login.xhtml");
    }

    @Test
    void fiveFailedAttemptsLockTheAccount() {
        TestAccounts.Account account = TestAccounts.fresh(base, "VIEWER");
        assertThat(new WebClient(base).withBasic(account.username(), account.password()).get("api/me").statusCode())
                .isEqualTo(200);
        for (int i = 1; i <= 5; i++) {
            assertThat(new WebClient(base).withBasic(account.username(), "wrong-" + i).get("api/me").statusCode())
                    .isEqualTo(401);
        }
        assertThat(new WebClient(base).withBasic(account.username(), account.password()).get("api/me").statusCode())
                .as("the right password while locked").isEqualTo(401);
        HttpResponse<String> page = new WebClient(base).login(account.username(), account.password());
        assertThat(page.body()).contains("Tài khoản tạm khóa");
    }

    @Test
    void aPasswordSetByAnAdministratorMustBeChangedAtFirstLogin() {
        String user = TestAccounts.fresh(base, "COUNCIL_MEMBER").username();
        HttpResponse<String> reset = new WebClient(base).withBasic("admin", DEMO_PASSWORD)
                .send("POST", "api/users/" + user + "/password-reset");
        assertThat(reset.statusCode()).isEqualTo(200);
        String temporary = json(reset).getString("temporaryPassword");

        WebClient browser = new WebClient(base);
        HttpResponse<String> landing = browser.follow(browser.login(user, temporary));
        assertThat(landing.uri().getPath()).isEqualTo("/account/password.xhtml");
        assertThat(landing.body()).contains("Vui lòng đặt mật khẩu mới");
        assertThat(browser.follow(browser.get("index.xhtml")).uri().getPath())
                .isEqualTo("/account/password.xhtml");

        HttpResponse<String> refused = browser.submit("account/password.xhtml", "password", "submit",
                Map.of("current", temporary, "new", "ngan", "confirm", "ngan"));
        assertThat(refused.body()).contains("Mật khẩu mới phải có ít nhất 10 ký tự.");

        HttpResponse<String> changed = browser.follow(browser.submit("account/password.xhtml", "password",
                "submit", Map.of("current", temporary, "new", "Hoa-ban-2026", "confirm", "Hoa-ban-2026")));
        assertThat(changed.uri().getPath()).isEqualTo("/");
        assertThat(changed.body()).contains("Đã đổi mật khẩu.");
        assertThat(new WebClient(base).withBasic(user, "Hoa-ban-2026").get("api/me").statusCode())
                .isEqualTo(200);
    }

    @Test
    void anAdministratorCreatesAUserGrantsAndRevokesARole() {
        WebClient admin = new WebClient(base).withBasic("admin", DEMO_PASSWORD);
        HttpResponse<String> created = admin.postJson("api/users",
                "{\"username\":\"Xa9.CanBo\",\"displayName\":\"Lý Thị Chín\",\"email\":\"xa9@example.vn\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(json(created).getString("username")).isEqualTo("xa9.canbo");
        String temporary = json(created).getString("temporaryPassword");

        HttpResponse<String> granted = admin.postJson("api/users/xa9.canbo/roles",
                "{\"role\":\"OFFICER\",\"unitCode\":\"06709\",\"validFrom\":\"2025-07-01\"}");
        assertThat(granted.statusCode()).as(granted.body()).isEqualTo(200);
        JsonObject role = json(granted).getJsonArray("roles").getJsonObject(0);
        assertThat(role.getString("unitName")).isEqualTo("Phường Móng Cái 2");
        assertThat(new WebClient(base).withBasic("xa9.canbo", temporary).get("api/me").body())
                .contains("Phường Móng Cái 2");

        HttpResponse<String> revoked = admin.send("DELETE", "api/users/xa9.canbo/roles/" + role.getInt("id")
                + "?end=2025-07-01");
        assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(200);
        assertThat(json(revoked).getJsonArray("roles")).isEmpty();
    }

    @Test
    void userAdministrationRefusesNonAdministratorsAndBadInput() {
        assertThat(new WebClient(base).withBasic("tinh.lanhdao", DEMO_PASSWORD)
                .postJson("api/users", "{\"username\":\"x1x\",\"displayName\":\"X\"}").statusCode())
                .isEqualTo(403);
        HttpResponse<String> bad = new WebClient(base).withBasic("admin", DEMO_PASSWORD)
                .postJson("api/users", "{\"username\":\"Nguyễn Văn A\",\"displayName\":\"A\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json(bad).getString("detail")).contains("Tên đăng nhập");
        HttpResponse<String> badRole = new WebClient(base).withBasic("admin", DEMO_PASSWORD)
                .postJson("api/users/hoidong3/roles", "{\"role\":\"KING\",\"unitCode\":\"22\"}");
        assertThat(badRole.statusCode()).isEqualTo(400);
    }

    @Test
    void aCommuneAdministratorManagesOnlyTheUsersOfTheirCommune() {
        TestAccounts.Account local = TestAccounts.fresh(base, "ADMIN", "06709");
        WebClient admin = new WebClient(base).withBasic(local.username(), local.password());
        HttpResponse<String> users = admin.get("api/users?limit=200");
        assertThat(users.statusCode()).isEqualTo(200);
        assertThat(users.body()).contains("\"username\":\"xa3.canbo\"").contains(local.username())
                .doesNotContain("\"username\":\"tinh.canbo\"").doesNotContain("\"username\":\"xa1.canbo\"");
        assertThat(admin.postJson("api/users/xa3.canbo/roles",
                "{\"role\":\"VIEWER\",\"unitCode\":\"06652\"}").statusCode()).isEqualTo(403);
        assertThat(admin.send("POST", "api/users/tinh.canbo/password-reset").statusCode()).isEqualTo(403);
    }

    @Test
    void healthIsUpWithTheDatabase() {
        HttpResponse<String> response = new WebClient(base).get("health");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject health = json(response);
        assertThat(health.getString("status")).isEqualTo("UP");
        assertThat(health.getJsonArray("checks").getJsonObject(0).getString("name")).isEqualTo("database");
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() {
        HttpResponse<String> response = new WebClient(base).get("openapi");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("/api/me").contains("/api/users");
    }

    @Test
    void errorPagesShowNoInternals() {
        HttpResponse<String> missing = new WebClient(base).withBasic("admin", DEMO_PASSWORD).get("no-such-page.xhtml");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Không tìm thấy trang")
                .doesNotContainPattern("at [\\w.$]+\\([\\w]+\\.java:\\d+\\)");
    }

    @Test
    void pagesCarryTheSecurityHeadersAndAStrictSessionCookie() {
        WebClient browser = new WebClient(base);
        HttpResponse<String> login = browser.get("login.xhtml");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(login.headers().firstValue("Referrer-Policy")).isPresent();
        assertThat(login.headers().allValues("Content-Security-Policy"))
                .anySatisfy(csp -> assertThat(csp).contains("frame-ancestors 'none'"))
                .anySatisfy(csp -> assertThat(csp).contains("script-src 'self' 'nonce-"));
        HttpResponse<String> afterLogin = browser.login("hoidong2", DEMO_PASSWORD);
        assertThat(afterLogin.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID=")
                        .containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict"));
    }
}
