package vn.thidua.web.api;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletRequest;

import vn.thidua.dossier.RequestTooLargeException;

/** Reads a request body as bytes, refusing it as soon as it passes the size limit. */
final class RequestBodies {

    private RequestBodies() {
    }

    static byte[] read(HttpServletRequest request, long maxBytes) throws IOException {
        if (request.getContentLengthLong() > maxBytes) {
            throw new RequestTooLargeException(maxBytes);
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
        }
        if (body.length > maxBytes) {
            throw new RequestTooLargeException(maxBytes);
        }
        return body;
    }
}
