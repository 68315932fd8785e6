package vn.thidua.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.UUID;

/** Dossiers through the API with the demo accounts: a draft for a new nominee, and steps that must succeed. */
final class NominationApi {

    static final String PASSWORD = "thidua-demo-2024";

    private final URL base;

    NominationApi(URL base) {
        this.base = base;
    }

    WebClient as(String user) {
        return new WebClient(base).withBasic(user, PASSWORD);
    }

    /** A draft by {@code user} for their unit: {@code awardType} for a new nominee of {@code kind}, {@code name}. */
    long draft(String user, String awardType, String kind, String name) {
        String person = kind.equals("INDIVIDUAL") ? ",\"birthYear\":1975,\"gender\":\"FEMALE\","
                + "\"jobTitle\":\"Trưởng ban công tác Mặt trận khu phố 3\"" : "";
        HttpResponse<String> created = as(user).postJson("api/nominations", "{\"awardType\":\"" + awardType
                + "\",\"yearFrom\":2025,\"summary\":\"Có nhiều đóng góp cho công tác Mặt trận\","
                + "\"nominee\":{\"kind\":\"" + kind + "\",\"name\":\"" + name + "\"" + person + "}}");
        return object(created).getJsonNumber("id").longValue();
    }

    /** Takes a step on the version just read; it must succeed. */
    JsonObject act(String user, long id, String action) {
        return act(as(user), id, action);
    }

    JsonObject act(WebClient client, long id, String action) {
        long version = object(client.get("api/nominations/" + id)).getJsonNumber("version").longValue();
        return object(client.postJson("api/nominations/" + id + "/actions", "{\"action\":\"" + action
                + "\",\"version\":" + version + "}"));
    }

    JsonObject get(String user, long id) {
        return object(as(user).get("api/nominations/" + id));
    }

    /** A name of its own, so that tests never share a nominee: {@code name} and a random suffix. */
    static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 6);
    }

    static JsonObject object(HttpResponse<String> response) {
        if (response.statusCode() < 200 || response.statusCode() > 201) {
            throw new AssertionError(response.statusCode() + " " + response.body());
        }
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
