package vn.thidua.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.UUID;

/**
 * Accounts made for one test through the administrators' API, so that a test which locks an account or changes a
 * password never disturbs the demo accounts other test classes use (on PostgreSQL all classes share one database).
 */
final class TestAccounts {

    static final String DEMO_PASSWORD = "thidua-demo-2024";

    /** A new user holding {@code role} at the province since today; its password is temporary. */
    record Account(String username, String password) {
    }

    private TestAccounts() {
    }

    static Account fresh(URL base, String role) {
        return fresh(base, role, "22");
    }

    /** A new user holding {@code role} at the unit {@code unitCode} (as it is today). */
    static Account fresh(URL base, String role, String unitCode) {
        WebClient admin = new WebClient(base).withBasic("admin", DEMO_PASSWORD);
        String username = "t." + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = admin.postJson("api/users",
                "{\"username\":\"" + username + "\",\"displayName\":\"Người Thử Nghiệm\"}");
        require(created, 201);
        String password = json(created).getString("temporaryPassword");
        require(admin.postJson("api/users/" + username + "/roles",
                "{\"role\":\"" + role + "\",\"unitCode\":\"" + unitCode + "\"}"), 200);
        return new Account(username, password);
    }

    private static void require(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
