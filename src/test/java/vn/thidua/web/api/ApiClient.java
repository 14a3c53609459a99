package vn.thidua.web.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Real HTTP against the running server, answers read as JSON trees. */
final class ApiClient {

    /** A response: status, content type, Location header and body. */
    record Answer(int status, String contentType, String location, String body) {

        JsonNode json() {
            return JsonMapper.shared().readTree(body);
        }
    }

    /** The test administrator of src/test/resources/application-admin.properties. */
    static final String ADMIN = "test-admin";
    static final String ADMIN_PASSWORD = "admin-passphrase-2026";

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final String authorization;

    /** A client that authenticates as the test administrator. */
    ApiClient(int port) {
        this(port, ADMIN, ADMIN_PASSWORD);
    }

    /** A client with these HTTP basic credentials, or none when username is null. */
    ApiClient(int port, String username, String password) {
        this.base = "http://localhost:" + port;
        this.authorization = username == null ? null : "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    Answer post(String path, byte[] body) {
        return post(path, body, "application/json");
    }

    Answer post(String path, byte[] body, String contentType) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** Posts without a Content-Length header (chunked), as a streaming client would. */
    Answer postChunked(String path, byte[] body) {
        BodyPublisher stream = HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body));
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json").POST(stream));
    }

    Answer get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).GET());
    }

    /** A response read as bytes (a PDF, a workbook). */
    record Download(int status, String contentType, byte[] bytes) {
    }

    Download download(String pathAndQuery) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + pathAndQuery)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Answer delete(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE());
    }

    private Answer send(HttpRequest.Builder request) {
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(null), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
