package vn.thidua.register;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.audit.RecordKind;
import vn.thidua.audit.RecordSeals;
import vn.thidua.system.NotFoundException;

/**
 * The register of conferred awards: entries from recorded decisions and imported past awards, and
 * their revocations. Every change is appended in one transaction, whole or not at all; a refusal
 * names the field and stores nothing.
 */
@Service
public class Register {

    private final RegisterStore store;
    private final Clock clock;
    private final RecordSeals seals;

    Register(RegisterStore store, Clock clock, RecordSeals seals) {
        this.seals = seals;
        this.store = store;
        this.clock = clock;
    }

    /** An entry with its revocation, if any. */
    @Transactional(readOnly = true)
    public Optional<RegisterEntry> find(long id) {
        return store.find(id);
    }

    /**
     * Entries matching the query, ordered by subject, year and award; {@code units} restricts them to
     * entries of those units (null: every unit; empty: none).
     */
    @Transactional(readOnly = true)
    public List<RegisterEntry> find(RegisterQuery query, Collection<String> units) {
        return store.find(query, units);
    }

    /** The entries a decision of this application conferred, revoked ones with their revocation; empty when none. */
    @Transactional(readOnly = true)
    public List<RegisterEntry> ofDecision(long decisionId) {
        return store.ofDecision(decisionId);
    }

    /**
     * Every entry of the years {@code from} to {@code to} (the years of the achievement) that still counts,
     * revoked entries left out, handed to {@code each} one at a time in year and entry order: for the
     * reports that count conferred awards over a term, however many there are.
     */
    @Transactional(readOnly = true)
    public void inForce(int from, int to, Consumer<RegisterEntry> each) {
        store.inForce(from, to, each);
    }

    /**
     * Enters the awards of a decision recorded as signed, in the caller's transaction (the decision's
     * signature and its register entries are written together).
     *
     * @throws RegisterException naming {@code entries[i]} when the subject already holds the award for
     *         that year under another decision that still counts
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<RegisterEntry> confer(List<Conferred> awards, String recordedBy) {
        return append(awards, RegisterEntry.Source.DECISION, "entries", recordedBy);
    }

    /**
     * Enters awards conferred before the application was used, all or none.
     *
     * @throws RegisterException listing every bad field ({@code awards[i].decisionDate}) of the file
     */
    @Transactional
    public List<RegisterEntry> importPast(byte[] json, String recordedBy) {
        List<Conferred> awards = RegisterImports.read(json, LocalDate.now(clock));
        return append(awards, RegisterEntry.Source.IMPORTED, "awards", recordedBy);
    }

    private List<RegisterEntry> append(List<Conferred> awards, RegisterEntry.Source source, String list, String recordedBy) {
        List<RegisterException.Problem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < awards.size(); i++) {
            Conferred a = awards.get(i);
            String key = a.subjectId() + "|" + a.award() + "|" + a.awardYear();
            List<RegisterEntry> held = store.inForce(a.subjectId(), a.award(), a.awardYear());
            if (!held.isEmpty()) {
                RegisterEntry h = held.get(0);
                problems.add(new RegisterException.Problem(list + "[" + i + "]",
                        a.subjectId() + " đã được ghi " + a.award() + " năm " + a.awardYear() + " theo Quyết định số "
                                + h.decisionNumber() + " (mục sổ " + h.id() + ")",
                        a.subjectId() + " already holds " + a.award() + " for " + a.awardYear() + " under decision "
                                + h.decisionNumber() + " (register entry " + h.id() + ")"));
            } else if (!seen.add(key)) {
                problems.add(new RegisterException.Problem(list + "[" + i + "]",
                        "trùng đối tượng, danh hiệu và năm với một mục trước", "the same subject, award and year as an earlier item"));
            }
        }
        if (!problems.isEmpty()) {
            throw new RegisterException(problems);
        }
        Instant now = clock.instant();
        List<RegisterEntry> written = new ArrayList<>();
        for (Conferred a : awards) {
            written.add(appendEntry(a, source, recordedBy, now));
        }
        return written;
    }

    // One record, one method: where the record chain seals the entry (kind REGISTER_ENTRY).
    private RegisterEntry appendEntry(Conferred a, RegisterEntry.Source source, String recordedBy, Instant now) {
        RegisterEntry entry = new RegisterEntry(0, a.subjectId(), a.subjectKind(), a.subjectName(), a.unitCode(), a.award(),
                a.awardYear(), a.decisionNumber(), a.decisionDate(), a.authority(), source, a.decisionId(), a.entrySeq(),
                recordedBy, now, null);
        long id = store.insert(entry);
        seals.seal(RecordKind.REGISTER_ENTRY, id);
        return store.find(id).orElseThrow();
    }

    /**
     * Records the revocation of an entry by the decision that revoked it; the entry stays.
     *
     * @throws NotFoundException when no entry has this id
     * @throws RegisterException when the entry is already revoked, or the reason or the decision
     *         (number, date, authority) is missing or wrong
     */
    @Transactional
    public Revocation revoke(long entryId, RevocationRequest request, String recordedBy) {
        RegisterEntry entry = store.find(entryId).orElseThrow(() -> new NotFoundException("no register entry " + entryId));
        if (entry.revocation() != null) {
            throw new RegisterException("entryId", "Mục sổ " + entryId + " đã bị thu hồi theo Quyết định số "
                    + entry.revocation().decisionNumber(), "Register entry " + entryId + " is already revoked by decision "
                    + entry.revocation().decisionNumber());
        }
        List<RegisterException.Problem> problems = new ArrayList<>();
        Fields.text(problems, "reason", request.reason(), 2000, "lý do thu hồi", "the reason");
        Fields.text(problems, "decisionNumber", request.decisionNumber(), 100, "số quyết định thu hồi", "the revoking decision's number");
        Fields.text(problems, "authority", request.authority(), 500, "cấp ra quyết định thu hồi", "the authority that revoked it");
        LocalDate today = LocalDate.now(clock);
        if (request.decisionDate() == null) {
            problems.add(new RegisterException.Problem("decisionDate", "Thiếu ngày quyết định thu hồi", "the revoking decision's date is missing"));
        } else if (request.decisionDate().isBefore(entry.decisionDate())) {
            problems.add(new RegisterException.Problem("decisionDate", "Ngày thu hồi " + Fields.day(request.decisionDate())
                    + " trước ngày quyết định khen thưởng " + Fields.day(entry.decisionDate()), "the revocation date "
                    + request.decisionDate() + " is before the award's decision date " + entry.decisionDate()));
        } else if (request.decisionDate().isAfter(today)) {
            problems.add(new RegisterException.Problem("decisionDate", "Ngày quyết định thu hồi ở tương lai",
                    "the revoking decision's date is in the future"));
        }
        if (!problems.isEmpty()) {
            throw new RegisterException(problems);
        }
        return appendRevocation(new Revocation(0, entryId, request.reason().strip(), request.decisionNumber().strip(),
                request.decisionDate(), request.authority().strip(), recordedBy, clock.instant()));
    }

    // One record, one method: where the record chain seals the revocation (kind REGISTER_REVOCATION).
    private Revocation appendRevocation(Revocation r) {
        long id = store.insert(r);
        seals.seal(RecordKind.REGISTER_REVOCATION, id);
        return new Revocation(id, r.entryId(), r.reason(), r.decisionNumber(), r.decisionDate(), r.authority(), r.recordedBy(),
                r.recordedAt());
    }

    /** The revocation asked for: the reason and the decision that revoked the award. */
    public record RevocationRequest(String reason, String decisionNumber, LocalDate decisionDate, String authority) {
    }
}
