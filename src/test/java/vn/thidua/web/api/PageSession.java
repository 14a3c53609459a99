package vn.thidua.web.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The pages over real HTTP as a browser without JavaScript uses them: signed in through the login
 * form, with the session cookie, each form posted with the CSRF token of the page it is on.
 */
final class PageSession {

    /** A page: its status, where it redirects, and its HTML. */
    record Page(int status, String location, String html) {
    }

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;

    private PageSession(int port) {
        this.base = "http://localhost:" + port;
    }

    /** Signs in through the login form; fails unless the form sends the user on. */
    static PageSession signIn(int port, String username, String password) {
        PageSession session = new PageSession(port);
        Page signedIn = session.submit("/login", "/login", Map.of("username", username, "password", password));
        if (signedIn.status() != 302 || signedIn.location() == null || signedIn.location().contains("error")) {
            throw new AssertionError("sign-in as " + username + " failed: " + signedIn);
        }
        return session;
    }

    /** A visitor who has not signed in (the public list). */
    static PageSession anonymous(int port) {
        return new PageSession(port);
    }

    Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** Posts a form found on the page {@code formPage}, with that page's CSRF token. */
    Page submit(String formPage, String action, Map<String, String> fields) {
        Page page = get(formPage);
        Matcher token = CSRF.matcher(page.html());
        if (!token.find()) {
            throw new AssertionError("no CSRF token on " + formPage + " (" + page.status() + ")");
        }
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("_csrf", token.group(1));
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + action)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Uploads a file through the form on {@code formPage} (multipart, with that page's CSRF token). */
    Page upload(String formPage, String action, String field, String fileName, byte[] content) {
        Page page = get(formPage);
        Matcher token = CSRF.matcher(page.html());
        if (!token.find()) {
            throw new AssertionError("no CSRF token on " + formPage + " (" + page.status() + ")");
        }
        String boundary = "----thidua-test-" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token.group(1) + "\r\n--"
                + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        body.writeBytes(head);
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(base + action)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.header("Accept-Language", "vi").build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Page(response.statusCode(), response.headers().firstValue("Location").orElse(null), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
