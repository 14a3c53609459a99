package vn.thidua.governance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import vn.thidua.audit.RuleSetArchive;
import vn.thidua.eligibility.engine.RuleSet;
import vn.thidua.eligibility.engine.RuleValidation;

/**
 * Drafts: a rules folder (on the server or uploaded file by file) is validated in full (compile,
 * metadata, met / not-met pairs, every scenario), and when valid it is stored whole, so that the
 * impact report and the activation use exactly these files. The last few compiled drafts are kept
 * in memory so a draft is compiled once.
 */
@Service
public class RuleSetDrafts {

    private static final int KEPT = 2;

    private final RuleValidation validation;
    private final RuleSetArchive archive;
    private final Clock clock;
    private final Map<String, RuleSet> compiled = new LinkedHashMap<>();

    RuleSetDrafts(RuleValidation validation, RuleSetArchive archive, Clock clock) {
        this.validation = validation;
        this.archive = archive;
        this.clock = clock;
    }

    /** Validates a folder and stores it when valid; {@code by} is who submitted it. */
    public Draft prepare(Path dir, String by) {
        return prepare(dir, by, "draft from " + dir.getFileName());
    }

    private Draft prepare(Path dir, String by, String why) {
        RuleValidation.Checked checked = validation.check(dir);
        RuleValidation.Report report = checked.report();
        if (!report.valid()) {
            return new Draft(report.version(), false, report.scenarios(), report.problems(), report.millis(), false);
        }
        RuleSet ruleSet = checked.ruleSet();
        try {
            archive.storeIfNew(ruleSet, why, by);
        } catch (DuplicateKeyException e) {
            // The same files were stored at the same moment by another request: they are stored.
        }
        keep(ruleSet);
        return new Draft(ruleSet.version(), true, report.scenarios(), report.problems(), report.millis(), true);
    }

    /**
     * Validates uploaded files, each named by its path in the rules folder (for example
     * {@code awards/lao-dong-tien-tien.drl}), and stores them when valid.
     *
     * @throws RuleChangeException (INVALID) when a name leaves the rules folder
     */
    public Draft prepare(Map<String, byte[]> files, String by) {
        return prepare(files, by, null);
    }

    /**
     * As {@link #prepare(Map, String)}, recording {@code why} (what the change is, in words, at most
     * 1000 characters) with the stored draft instead of the temporary folder's name.
     */
    public Draft prepare(Map<String, byte[]> files, String by, String why) {
        Path temp = null;
        try {
            temp = Files.createTempDirectory("thidua-draft-");
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path path = temp.resolve(file.getKey()).normalize();
                if (!path.startsWith(temp) || path.equals(temp)) {
                    throw new RuleChangeException(RuleChangeException.Reason.INVALID,
                            "file name outside the rules folder: " + file.getKey());
                }
                Files.createDirectories(path.getParent());
                Files.write(path, file.getValue());
            }
            return why == null ? prepare(temp, by) : prepare(temp, by, WhoAndWhy.require(why, "reason"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(temp);
        }
    }

    /**
     * A stored version compiled and stamped with {@code activatedAt}: from memory when it was just
     * prepared, otherwise rebuilt from the archive; empty when the version is not stored.
     */
    Optional<RuleSet> compiled(String version, Instant activatedAt) {
        RuleSet known;
        synchronized (compiled) {
            known = compiled.get(version);
        }
        if (known != null) {
            return Optional.of(known.activatedAt(activatedAt));
        }
        Optional<RuleSet> loaded = archive.load(version, activatedAt);
        loaded.ifPresent(this::keep);
        return loaded;
    }

    /** Whether a version is stored (as a draft or as a version that ran). */
    boolean stored(String version) {
        return archive.contains(version);
    }

    Instant now() {
        return clock.instant();
    }

    private void keep(RuleSet ruleSet) {
        synchronized (compiled) {
            compiled.remove(ruleSet.version());
            compiled.put(ruleSet.version(), ruleSet);
            while (compiled.size() > KEPT) {
                compiled.remove(compiled.keySet().iterator().next());
            }
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A temporary folder left behind holds only a copy of uploaded rule files.
        }
    }
}
