package vn.thidua.web.api;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.servlet.http.HttpServletRequest;

import vn.thidua.dossier.RequestTooLargeException;

/** Reads a request body as bytes, refusing it as soon as it passes the size limit. */
final class RequestBodies {

    private RequestBodies() {
    }

    /** A request body: its bytes, or, when larger than the caller reads whole, the temporary file holding it. */
    record Body(byte[] bytes, Path file) {
    }

    /**
     * Reads a request body whole when it is at most {@code inPartsAbove} bytes, and otherwise copies it to a temporary
     * file (the caller deletes it); refuses it as soon as it passes {@code maxBytes}, deleting what was copied.
     */
    static Body receive(HttpServletRequest request, long maxBytes, long inPartsAbove) throws IOException {
        if (request.getContentLengthLong() > maxBytes) {
            throw new RequestTooLargeException(maxBytes);
        }
        try (InputStream in = request.getInputStream()) {
            byte[] head = in.readNBytes((int) Math.min(Math.min(inPartsAbove, maxBytes) + 1, Integer.MAX_VALUE - 8));
            if (head.length <= inPartsAbove && head.length <= maxBytes) {
                return new Body(head, null);
            }
            if (head.length > maxBytes) {
                throw new RequestTooLargeException(maxBytes);
            }
            Path file = Files.createTempFile("thidua-request-", ".json");
            try (OutputStream out = Files.newOutputStream(file)) {
                out.write(head);
                in.transferTo(new LimitedOutput(out, maxBytes - head.length, maxBytes));
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(file);
                throw e;
            }
            return new Body(null, file);
        }
    }

    /** Passes bytes on until a limit, then refuses the body as too large. */
    private static final class LimitedOutput extends FilterOutputStream {
        private long left;
        private final long maxBytes;

        LimitedOutput(OutputStream out, long left, long maxBytes) {
            super(out);
            this.left = left;
            this.maxBytes = maxBytes;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (length > left) {
                throw new RequestTooLargeException(maxBytes);
            }
            left -= length;
            out.write(bytes, offset, length);
        }
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
