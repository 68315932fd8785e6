package vn.thidua.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A scripted browser without JavaScript: keeps cookies, fills Faces forms (view state, CSP nonce), speaks Basic. */
final class WebClient {

    private static final Pattern HIDDEN = Pattern.compile(
            "<input[^>]*type=\"hidden\"[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"");

    private final URI base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private String basic;

    WebClient(URL base) {
        this.base = loopback(base);
        this.http = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The server's address on this machine: tests talk to loopback only, whatever address Payara announces. */
    static URI loopback(URL announced) {
        return URI.create("http://127.0.0.1:" + announced.getPort() + "/");
    }

    WebClient withBasic(String username, String password) {
        basic = "Basic " + Base64.getEncoder().encodeToString(
                (username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return this;
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    HttpResponse<String> post(String path, String body) {
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> postJson(String path, String json) {
        return sendJson("POST", path, json);
    }

    /** POSTs JSON with one header more, e.g. If-Match. */
    HttpResponse<String> postJson(String path, String json, String header, String value) {
        return send(request(path).header(header, value).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResponse<String> sendJson(String method, String path, String json) {
        return sendBody(method, path, "application/json", json);
    }

    HttpResponse<String> sendBody(String method, String path, String mediaType, String body) {
        return send(request(path).header("Content-Type", mediaType)
                .method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    /** GETs a file, e.g. an Excel download, as bytes. */
    HttpResponse<byte[]> getBytes(String path) {
        return send(request(path).GET(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> getJson(String path) {
        return send(request(path).header("Accept", "application/json").GET());
    }

    /** POSTs {@code body} as it is, e.g. a file for an import. */
    HttpResponse<String> post(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** POSTs {@code body} in chunks, without saying its length first. */
    HttpResponse<String> postChunked(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))));
    }

    HttpResponse<String> send(String method, String path) {
        return send(request(path).method(method, HttpRequest.BodyPublishers.noBody()));
    }

    /** Follows redirects on this site, like a browser. */
    HttpResponse<String> follow(HttpResponse<String> response) {
        HttpResponse<String> current = response;
        for (int i = 0; i < 5 && current.statusCode() / 100 == 3; i++) {
            String location = current.headers().firstValue("Location").orElseThrow();
            current = get(URI.create(current.uri().toString()).resolve(location).toString());
        }
        return current;
    }

    /** Fills the form {@code formId} of the page at {@code path} with {@code fields} and submits it. */
    HttpResponse<String> submit(String path, String formId, String button, Map<String, String> fields) {
        Map<String, String> form = formOf(path, formId);
        fields.forEach((name, value) -> form.put(formId + ":" + name, value));
        form.put(formId + ":" + button, "");
        StringBuilder body = new StringBuilder();
        form.forEach((name, value) -> body.append(body.length() == 0 ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return post(path, body.toString());
    }

    /** Like {@link #submit}, as multipart/form-data with one file in the field {@code fileField}. */
    HttpResponse<String> submitFile(String path, String formId, String button, String fileField, String fileName,
                                    byte[] file) {
        Map<String, String> form = formOf(path, formId);
        form.put(formId + ":" + button, "");
        String boundary = "----thidua" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        form.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + formId + ":" + fileField
                + "\"; filename=\"" + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return post(path, "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    /** The hidden fields of form {@code formId} on the page at {@code path}, with the CSP nonce. */
    private Map<String, String> formOf(String path, String formId) {
        String page = get(path).body();
        Map<String, String> form = new LinkedHashMap<>();
        Matcher hidden = HIDDEN.matcher(page);
        while (hidden.find()) {
            if (hidden.group(1).startsWith(formId) || hidden.group(1).startsWith("jakarta.faces")
                    || hidden.group(1).equals("primefaces.nonce")) {
                form.put(hidden.group(1), hidden.group(2).replace("&amp;", "&"));
            }
        }
        Matcher nonce = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)").matcher(page);
        if (nonce.find()) {
            form.put("primefaces.nonce", nonce.group(1));
        }
        form.put(formId, formId);
        return form;
    }

    HttpResponse<String> login(String username, String password) {
        return submit("login.xhtml", "login", "submit", Map.of("username", username, "password", password));
    }

    String sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID")).map(HttpCookie::getValue).findFirst().orElse(null);
    }

    private HttpRequest.Builder request(String path) {
        URI uri = path.startsWith("http") ? URI.create(path) : base.resolve(path.startsWith("/") ? path.substring(1) : path);
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).header("Accept-Language", "vi");
        if (basic != null) {
            builder.header("Authorization", basic);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        return send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /**
     * Sends the request. A GET whose kept-alive connection the server closed as it was reused (its idle timeout is
     * 30 s: "EOF reached while reading") is sent once more, on a new connection, and said on stderr.
     */
    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        HttpRequest built = request.build();
        try {
            try {
                return http.send(built, body);
            } catch (IOException e) {
                if (!built.method().equals("GET")) {
                    throw e;
                }
                System.err.println("GET " + built.uri() + " sent again after: " + e);
                return http.send(built, body);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
