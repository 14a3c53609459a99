package vn.thidua.dossier;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes bytes through while checking that they are well-formed UTF-8 (RFC 3629, Unicode table
 * 3-7): no overlong forms, no surrogates, nothing above U+10FFFF, no truncated sequence. The JSON
 * parser alone lets some of these through.
 */
final class Utf8CheckingInputStream extends FilterInputStream {

    /** Thrown at the first byte that cannot be UTF-8, with its offset. */
    static final class MalformedUtf8Exception extends IOException {

        MalformedUtf8Exception(String message) {
            super(message);
        }
    }

    private long offset;
    private int need;
    private int low = 0x80;
    private int high = 0xBF;

    Utf8CheckingInputStream(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b < 0) {
            end();
        } else {
            check(b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int off, int len) throws IOException {
        int n = super.read(buffer, off, len);
        if (n < 0) {
            end();
        }
        for (int i = 0; i < n; i++) {
            check(buffer[off + i] & 0xFF);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        throw new IOException("skipping is not supported while checking UTF-8");
    }

    private void check(int b) throws MalformedUtf8Exception {
        if (need > 0) {
            if (b < low || b > high) {
                throw malformed(b, "is not a valid continuation of a multi-byte character");
            }
            need--;
            low = 0x80;
            high = 0xBF;
        } else if (b >= 0x80) {
            start(b);
        }
        offset++;
    }

    private void start(int b) throws MalformedUtf8Exception {
        if (b >= 0xC2 && b <= 0xDF) {
            need = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            need = 2;
            low = b == 0xE0 ? 0xA0 : 0x80;
            high = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
            need = 3;
            low = b == 0xF0 ? 0x90 : 0x80;
            high = b == 0xF4 ? 0x8F : 0xBF;
        } else {
            throw malformed(b, "cannot start a UTF-8 character");
        }
    }

    private void end() throws MalformedUtf8Exception {
        if (need > 0) {
            throw new MalformedUtf8Exception("the input is not valid UTF-8: it ends inside a multi-byte character");
        }
    }

    private MalformedUtf8Exception malformed(int b, String problem) {
        return new MalformedUtf8Exception(String.format("the input is not valid UTF-8: byte 0x%02X at offset %d %s", b, offset, problem));
    }
}
