package vn.thidua.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import vn.thidua.platform.time.TodayAt;

/**
 * The application's clock as a test moves it, through the test-only {@link TodayAt}: {@link #set} to walk through a
 * day of the past, and {@link #reset} in a {@code finally} (or after each test), since the server and its clock are
 * shared by every class of the run.
 */
final class TestClock {

    private TestClock() {
    }

    /** From now on the application's today is {@code day}. */
    static void set(URL server, LocalDate day) {
        assertThat(call(server, "POST", "date=" + day)).isEqualTo(day);
    }

    /** The application's today is the real one again. */
    static void reset(URL server) {
        assertThat(call(server, "DELETE", "")).isEqualTo(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")));
    }

    private static LocalDate call(URL server, String method, String body) {
        HttpResponse<String> response = new WebClient(server).withBasic("admin", TestAccounts.DEMO_PASSWORD)
                .sendBody(method, "it/today", "application/x-www-form-urlencoded", body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return LocalDate.parse(Json.createReader(new StringReader(response.body())).readObject().getString("today"));
    }
}
