package vn.thidua.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * SHA-256 over rows of canonical texts. Each value is written as its UTF-8 length (4 bytes, -1 for
 * null) and its bytes, so no two different rows give the same input; rows have a fixed column count.
 */
final class RunDigest {

    /** The hash before the first run of the chain. */
    static final String GENESIS = "0".repeat(64);

    private final MessageDigest sha;

    RunDigest() {
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    RunDigest row(List<String> values) {
        for (String value : values) {
            add(value);
        }
        return this;
    }

    RunDigest add(String value) {
        if (value == null) {
            sha.update(ByteBuffer.allocate(4).putInt(-1).array());
        } else {
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            sha.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
            sha.update(bytes);
        }
        return this;
    }

    String hex() {
        return HexFormat.of().formatHex(sha.digest());
    }

    /** A new SHA-256 digest, for bytes hashed as they are read (a request stored in parts). */
    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The SHA-256 of bytes as stored whole (a request as received, a rule file), in lower-case hex. */
    static String of(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The content hash of a run from the hashes of its header, decision and criterion rows. */
    static String content(String header, String decisions, String criteria) {
        return new RunDigest().add("thidua-run-content-v1").add(header).add(decisions).add(criteria).hex();
    }

    /** The run hash: its place in the chain, the previous run's hash and its own content hash. */
    static String link(long chainSeq, String prevHash, String content) {
        return new RunDigest().add("thidua-run-link-v1").add(Long.toString(chainSeq)).add(prevHash).add(content).hex();
    }
}
