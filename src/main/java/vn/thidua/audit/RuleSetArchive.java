package vn.thidua.audit;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.eligibility.engine.RuleSet;
import vn.thidua.eligibility.engine.RuleSetException;
import vn.thidua.eligibility.engine.RuleSetLoader;
import vn.thidua.eligibility.engine.RuleTextCatalog;

/**
 * Rule-set versions stored whole: every file by its path in the rules folder, with its SHA-256, so
 * that any run can be replayed on the rules it ran on. A version is stored once and never changed.
 */
@Component
public class RuleSetArchive {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    private final RuleSetLoader loader;
    private final RecordSeals seals;
    /** The texts of stored versions already read: a version never changes once stored. */
    private final Map<String, RuleTextCatalog> texts = new ConcurrentHashMap<>();

    RuleSetArchive(JdbcTemplate jdbc, Clock clock, RuleSetLoader loader, RecordSeals seals) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.loader = loader;
        this.seals = seals;
    }

    /**
     * Stores a rule set unless its version is stored already. {@code reason} and {@code activatedBy}
     * may be null when not known. Callers serialise concurrent stores (runs hold the chain head). The
     * version, a draft or an activated one, is sealed as a {@link RecordKind#RULE_SET_VERSION} record
     * in the same transaction (the caller's, or one of its own).
     *
     * @return whether the version was stored by this call
     */
    @Transactional
    public boolean storeIfNew(RuleSet ruleSet, String reason, String activatedBy) {
        if (contains(ruleSet.version())) {
            return false;
        }
        jdbc.update("INSERT INTO rule_set_version (version, stored_at, activated_at, reason, activated_by, file_count)"
                + " VALUES (?, ?, ?, ?, ?, ?)", ruleSet.version(), local(clock.instant()), local(ruleSet.activatedAt()),
                reason, activatedBy, ruleSet.files().size());
        for (Map.Entry<String, byte[]> file : new TreeMap<>(ruleSet.files()).entrySet()) {
            String text = utf8(file.getValue());
            jdbc.update("INSERT INTO rule_set_file (version, path, sha256, encoding, content) VALUES (?, ?, ?, ?, ?)",
                    ruleSet.version(), file.getKey(), RunDigest.of(file.getValue()), text == null ? "BASE64" : "UTF-8",
                    text == null ? Base64.getEncoder().encodeToString(file.getValue()) : text);
        }
        seals.seal(RecordKind.RULE_SET_VERSION, ruleSet.version());
        return true;
    }

    /** The files of a stored version by path, exactly as loaded; empty when the version was never stored. */
    public Optional<Map<String, byte[]>> files(String version) {
        Map<String, byte[]> files = new TreeMap<>();
        jdbc.query("SELECT path, encoding, content FROM rule_set_file WHERE version = ? ORDER BY path", rs -> {
            files.put(rs.getString("path"), bytes(rs.getString("encoding"), rs.getString("content")));
        }, version);
        return files.isEmpty() ? Optional.empty() : Optional.of(files);
    }

    /**
     * The texts of a stored version (its {@code messages_*.properties}), as its runs' decisions are
     * worded, read once and without compiling its rules; empty when the version was never stored.
     */
    public Optional<RuleTextCatalog> texts(String version) {
        RuleTextCatalog known = texts.get(version);
        if (known != null) {
            return Optional.of(known);
        }
        Map<String, byte[]> files = new TreeMap<>();
        jdbc.query("SELECT path, encoding, content FROM rule_set_file WHERE version = ? AND path IN (?, ?)", rs -> {
            files.put(rs.getString("path"), bytes(rs.getString("encoding"), rs.getString("content")));
        }, version, "messages_vi.properties", "messages_en.properties");
        return files.isEmpty() ? Optional.empty() : Optional.of(texts.computeIfAbsent(version, v -> RuleTextCatalog.of(files)));
    }

    /**
     * Rebuilds a stored version from its files, compiled again; empty when the version was never stored.
     *
     * @param activatedAt when the version became active, as a result's {@code ruleSet.activatedAt} will say
     * @throws RuleSetException when the stored files no longer load (a newer engine refusing them)
     * @throws IllegalStateException when the stored files give another version than the one asked for
     */
    public Optional<RuleSet> load(String version, Instant activatedAt) {
        return files(version).map(files -> {
            RuleSet ruleSet = loader.load(files, activatedAt);
            if (!ruleSet.version().equals(version)) {
                throw new IllegalStateException("the stored files of " + version + " now give version " + ruleSet.version());
            }
            return ruleSet;
        });
    }

    /** Whether a version is stored. */
    public boolean contains(String version) {
        Integer known = jdbc.queryForObject("SELECT COUNT(*) FROM rule_set_version WHERE version = ?", Integer.class, version);
        return known != null && known > 0;
    }

    private static byte[] bytes(String encoding, String content) {
        return "BASE64".equals(encoding) ? Base64.getDecoder().decode(content) : content.getBytes(StandardCharsets.UTF_8);
    }

    private static Timestamp local(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MILLIS), ZoneId.systemDefault()));
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
