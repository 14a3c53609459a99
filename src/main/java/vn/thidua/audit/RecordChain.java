package vn.thidua.audit;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Verifies the record chain: recomputes every sealed record's parts from its stored rows, follows
 * the links from the first seal to the head, then looks for records of a sealed kind with no seal,
 * and checks that rule_set_active points at the newest sealed activation.
 */
@Component
class RecordChain {

    private static final int LISTED = 10;

    private record Seal(long seq, RecordKind kind, String key, String prevHash, String parts, String content, String hash,
            String sealedAt) {
    }

    private final JdbcTemplate jdbc;
    private final RecordHead head;
    private final RecordDigest digest;

    RecordChain(JdbcTemplate jdbc, RecordHead head, RecordDigest digest) {
        this.jdbc = jdbc;
        this.head = head;
        this.digest = digest;
    }

    /** Verifies every sealed record; the caller's transaction gives one snapshot. */
    RecordChainReport verify() {
        long started = System.nanoTime();
        RecordHead.State state = head.read();
        Map<String, Long> byKind = new LinkedHashMap<>();
        Map<RecordKind, Set<String>> sealed = new HashMap<>();
        Finding first = null;
        ChainHead.Link previous = new ChainHead.Link(0, RunDigest.GENESIS);
        long checked = 0;
        List<Seal> seals = jdbc.query("SELECT * FROM audit_record_seal ORDER BY chain_seq", (rs, n) -> new Seal(
                rs.getLong("chain_seq"), kind(rs.getString("kind")), rs.getString("record_key"), rs.getString("prev_hash"),
                rs.getString("parts"), rs.getString("content_sha256"), rs.getString("record_hash"),
                canonicalSealedAt(rs.getObject("sealed_at", LocalDateTime.class))));
        for (Seal seal : seals) {
            if (seal.kind() != null) {
                sealed.computeIfAbsent(seal.kind(), k -> new HashSet<>()).add(seal.key());
            }
            if (first != null) {
                continue;
            }
            first = check(seal, previous);
            checked++;
            if (first == null) {
                byKind.merge(seal.kind().name(), 1L, Long::sum);
                previous = new ChainHead.Link(seal.seq(), seal.hash());
            }
        }
        if (first == null && !previous.equals(state.last())) {
            first = new Finding(null, null, state.last().seq(), List.of("audit_record_head"), List.of("the record chain's head names seq "
                    + state.last().seq() + " with hash " + state.last().hash() + ", but the chain ends at seq " + previous.seq()
                    + " with hash " + previous.hash() + ": seals were removed from its end, or the head was altered"));
        }
        List<String> differences = new ArrayList<>(first == null ? List.of() : first.differences());
        long unsealed = 0;
        for (RecordKind kind : RecordKind.values()) {
            Set<String> ofKind = sealed.getOrDefault(kind, Set.of());
            for (String key : digest.keys(kind)) {
                if (!ofKind.contains(key)) {
                    unsealed++;
                    if (first == null) {
                        first = new Finding(kind, key, null, List.of(kind.parts().get(0).table()), List.of());
                    }
                    if (unsealed <= LISTED) {
                        differences.add("the " + kind + " record " + key + " (" + kind.parts().get(0).table()
                                + ") has no seal: it was written around the record chain, or its seal was removed");
                    }
                }
            }
        }
        if (unsealed > LISTED) {
            differences.add((unsealed - LISTED) + " more records have no seal");
        }
        String pointer = activePointer(sealed.getOrDefault(RecordKind.ACTIVATION, Set.of()));
        if (pointer != null) {
            differences.add(pointer);
            if (first == null) {
                first = new Finding(null, null, null, List.of("rule_set_active"), List.of());
            }
        }
        boolean intact = first == null;
        return new RecordChainReport(intact, checked, byKind, unsealed, intact || first.kind() == null ? null : first.kind().name(),
                intact ? null : first.key(), intact ? null : first.seq(), intact ? List.of() : first.tables(),
                List.copyOf(differences), state.backfilledAt(), (System.nanoTime() - started) / 1_000_000);
    }

    private record Finding(RecordKind kind, String key, Long seq, List<String> tables, List<String> differences) {
    }

    private Finding check(Seal seal, ChainHead.Link previous) {
        String name = (seal.kind() == null ? "?" : seal.kind().name()) + " record " + seal.key();
        List<String> differences = new ArrayList<>();
        if (seal.seq() != previous.seq() + 1) {
            differences.add("link broken: the " + name + " has chain seq " + seal.seq() + ", but the previous record has seq "
                    + previous.seq() + " (seals between them were removed)");
        }
        if (!seal.prevHash().equals(previous.hash())) {
            differences.add("link broken: the " + name + " names the previous record's hash " + seal.prevHash()
                    + ", but that record's hash is " + previous.hash());
        }
        if (seal.kind() == null) {
            differences.add("the seal at chain seq " + seal.seq() + " names an unknown kind");
            return new Finding(null, seal.key(), seal.seq(), List.of("audit_record_seal"), differences);
        }
        List<String> tables = new ArrayList<>();
        List<RecordDigest.PartHash> now;
        try {
            now = digest.parts(seal.kind(), seal.key());
        } catch (IllegalArgumentException e) {
            differences.add(e.getMessage());
            return new Finding(seal.kind(), seal.key(), seal.seq(), List.of("audit_record_seal"), differences);
        }
        List<RecordDigest.PartHash> stored = RecordDigest.PartHash.split(seal.parts());
        // Compared table by table: a part hashed only with rows (RecordKind.Part#onlyWithRows) is in one list only when
        // its rows were all added or all removed.
        for (int i = 0; i < now.size(); i++) {
            RecordDigest.PartHash current = now.get(i);
            RecordDigest.PartHash then = i < stored.size() && stored.get(i).table().equals(current.table()) ? stored.get(i)
                    : stored.stream().filter(p -> p.table().equals(current.table())).findFirst().orElse(null);
            if (then == null || !then.sha256().equals(current.sha256()) || then.rows() != current.rows()) {
                tables.add(current.table());
                differences.add("content changed: the " + name + "'s rows in " + current.table() + " (" + current.rows()
                        + (current.rows() == 1 ? " row" : " rows") + " now, " + (then == null ? "0" : then.rows())
                        + " sealed) hash to " + current.sha256() + ", the seal says " + (then == null ? "nothing" : then.sha256()));
            }
        }
        for (RecordDigest.PartHash then : stored) {
            if (then.rows() >= 0 && now.stream().noneMatch(p -> p.table().equals(then.table()))) {
                tables.add(then.table());
                differences.add("content changed: the " + name + "'s rows in " + then.table() + " (0 rows now, " + then.rows()
                        + " sealed) are missing");
            }
        }
        if (differences.isEmpty()) {
            String content = RecordDigest.content(seal.kind(), seal.key(), now);
            if (!content.equals(seal.content()) || stored.size() != now.size()) {
                tables.add("audit_record_seal");
                differences.add("content hash (seal of the " + name + ") is " + seal.content() + ", the rows give " + content);
            } else if (!Objects.equals(seal.hash(), RecordDigest.link(seal.seq(), seal.prevHash(), seal.content(), seal.sealedAt()))) {
                tables.add("audit_record_seal");
                differences.add("record hash (seal of the " + name + ") " + seal.hash() + " does not follow from its content,"
                        + " link and sealed_at");
            }
        }
        return differences.isEmpty() ? null
                : new Finding(seal.kind(), seal.key(), seal.seq(), tables.isEmpty() ? List.of("audit_record_seal") : tables, differences);
    }

    /** Why rule_set_active does not point at the newest sealed activation, or null when it does. */
    private String activePointer(Set<String> sealedActivations) {
        List<Long> pointer = jdbc.query("SELECT activation_id FROM rule_set_active WHERE id = 1", (rs, n) -> {
            long id = rs.getLong(1);
            return rs.wasNull() ? null : id;
        });
        Long active = pointer.isEmpty() ? null : pointer.get(0);
        Long newest = sealedActivations.stream().map(Long::valueOf).max(Long::compare).orElse(null);
        if (Objects.equals(active, newest)) {
            return null;
        }
        return "rule_set_active points at activation " + active + ", but the newest sealed activation is " + newest
                + ": the active rule set was switched around the activation log";
    }

    private static RecordKind kind(String name) {
        try {
            return RecordKind.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String canonicalSealedAt(LocalDateTime at) {
        return at == null ? "" : RecordSeals.canonical(at);
    }
}
