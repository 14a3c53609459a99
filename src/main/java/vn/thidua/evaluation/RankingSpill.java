package vn.thidua.evaluation;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;

import tools.jackson.databind.json.JsonMapper;

import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.Household;
import vn.thidua.dossier.Individual;
import vn.thidua.eligibility.EligibilityDecision;

/**
 * What the rankings of a bulk evaluation need, kept on disk unit by unit while the subjects are
 * evaluated: each individual and household that has a decision for an award a quota reads, cut to
 * the facts ranking reads, with those decisions stripped of their criteria (ranking reads the
 * outcome, and what is missing). A quota then reads
 * back the units it covers, so memory is bounded by the largest quota's units, not by the file.
 * The folder is the caller's; {@link #close} deletes what was written.
 */
final class RankingSpill implements AutoCloseable {

    /** One line of a unit's file. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Spilled(Individual individual, Household household, List<EligibilityDecision> decisions) {
    }

    /** Files kept open at once; a unit past this is closed and later appended to again. */
    private static final int OPEN_FILES = 64;

    private final Path folder;
    private final JsonMapper json;
    private final Set<AwardCode> awardsRead;
    private final Map<String, Path> files = new HashMap<>();
    private final Map<String, Set<AwardCode>> awardsByUnit = new HashMap<>();
    private Set<String> lastUnits;
    private List<Spilled> lastRead;
    private final LinkedHashMap<String, BufferedWriter> open = new LinkedHashMap<>(16, 0.75f, true);

    RankingSpill(Path folder, JsonMapper json, Set<AwardCode> awardsRead) {
        this.folder = folder;
        this.json = json;
        this.awardsRead = awardsRead;
    }

    /** Whether a quota reads decisions for this award. */
    boolean reads(AwardCode award) {
        return awardsRead.contains(award);
    }

    /** Keeps of an individual only what ranking reads: unit, priority-group facts, and the facts its merit is scored on. */
    void individual(Individual p, List<EligibilityDecision> decisions) {
        write(p.unit(), new Spilled(new Individual(p.id(), null, p.unit(), p.gender(), null, null, p.ethnicMinority(), null, null,
                p.directProducer(), p.leader(), null, p.ratings(), null, null, null, null, null, null, p.initiatives(), null,
                p.titles(), null, null), null, decisions));
    }

    /** Keeps of a household only what ranking reads: unit, ethnic minority, titles. */
    void household(Household h, List<EligibilityDecision> decisions) {
        write(h.unit(), new Spilled(null, new Household(h.id(), h.unit(), null, h.ethnicMinority(), null, null, null, h.titles(),
                null, null), decisions));
    }

    /** Whether any subject of these units was written with a decision for the award. */
    boolean hasDecisions(Set<String> units, AwardCode award) {
        return units.stream().anyMatch(unit -> awardsByUnit.getOrDefault(unit, Set.of()).contains(award));
    }

    /**
     * What was written for these units, in the order it was written within each unit. Values that
     * repeat from subject to subject (units, rating and title lists, the texts of what is missing)
     * are shared, not read again for each: a commune of 150,000 people then fits in a small heap.
     */
    List<Spilled> read(Set<String> units) {
        if (units.equals(lastUnits)) {
            // Quotas of one unit follow each other (several awards per commune): its subjects are read once for them.
            return lastRead;
        }
        lastRead = null;
        flush();
        Map<Object, Object> shared = new HashMap<>();
        List<Spilled> found = new ArrayList<>();
        for (String unit : units) {
            Path file = files.get(unit);
            if (file == null) {
                continue;
            }
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    found.add(shared(json.readValue(line, Spilled.class), shared));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the ranking spill " + file, e);
            }
        }
        lastUnits = units;
        lastRead = found;
        return found;
    }

    private static Spilled shared(Spilled spilled, Map<Object, Object> shared) {
        Individual p = spilled.individual();
        Household h = spilled.household();
        String id = p != null ? p.id() : h.id();
        List<EligibilityDecision> decisions = new ArrayList<>(spilled.decisions().size());
        for (EligibilityDecision d : spilled.decisions()) {
            decisions.add(new EligibilityDecision(id, d.subjectKind(), d.award(), d.outcome(), d.requiresCouncilJudgement(), List.of(),
                    one(d.missing(), shared), List.of(), null));
        }
        if (p != null) {
            return new Spilled(new Individual(id, null, one(p.unit(), shared), p.gender(), null, null, p.ethnicMinority(), null, null,
                    p.directProducer(), p.leader(), null, one(p.ratings(), shared), null, null, null, null, null, null,
                    one(p.initiatives(), shared), null, one(p.titles(), shared), null, null), null, decisions);
        }
        return new Spilled(null, new Household(id, one(h.unit(), shared), null, h.ethnicMinority(), null, null, null,
                one(h.titles(), shared), null, null), decisions);
    }

    @SuppressWarnings("unchecked")
    private static <T> T one(T value, Map<Object, Object> shared) {
        return value == null ? null : (T) shared.computeIfAbsent(value, v -> v);
    }

    private void write(String unit, Spilled spilled) {
        if (spilled.decisions().isEmpty()) {
            return;
        }
        lastUnits = null;
        lastRead = null;
        spilled.decisions().forEach(d -> awardsByUnit.computeIfAbsent(unit, u -> EnumSet.noneOf(AwardCode.class)).add(d.award()));
        try {
            BufferedWriter writer = writer(unit);
            writer.write(json.writeValueAsString(spilled));
            writer.newLine();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the ranking spill in " + folder, e);
        }
    }

    private BufferedWriter writer(String unit) throws IOException {
        BufferedWriter writer = open.get(unit);
        if (writer != null) {
            return writer;
        }
        if (open.size() >= OPEN_FILES) {
            var eldest = open.entrySet().iterator().next();
            eldest.getValue().close();
            open.remove(eldest.getKey());
        }
        Path file = files.computeIfAbsent(unit, u -> folder.resolve("unit-" + files.size() + ".jsonl"));
        writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        open.put(unit, writer);
        return writer;
    }

    private void flush() {
        try {
            for (BufferedWriter writer : open.values()) {
                writer.close();
            }
            open.clear();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the ranking spill in " + folder, e);
        }
    }

    /** Deletes what was written and forgets what was read back; may be called more than once. */
    @Override
    public void close() {
        lastUnits = null;
        lastRead = null;
        flush();
        try {
            for (Path file : files.values()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the ranking spill in " + folder, e);
        }
    }
}
