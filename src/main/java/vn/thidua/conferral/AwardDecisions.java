package vn.thidua.conferral;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.audit.RecordKind;
import vn.thidua.audit.RecordSeals;
import vn.thidua.dossier.EvaluationRequest;
import vn.thidua.eligibility.Authority;
import vn.thidua.eligibility.Bonus;
import vn.thidua.eligibility.engine.RuleSet;
import vn.thidua.eligibility.engine.RuleSetRegistry;
import vn.thidua.evaluation.EvaluationRuns;
import vn.thidua.register.Conferred;
import vn.thidua.register.Register;
import vn.thidua.system.NotFoundException;

/**
 * Draft decisions from a run's approved dossiers, one per deciding authority, and the signed
 * decision recorded into the register. Drafts are never changed: drafting again writes new drafts.
 * Authorities and bonuses come from the active rule set ({@code authorities.yaml}, {@code bonus.yaml})
 * on the decision date; each draft stores what it used with its reference.
 */
@Service
public class AwardDecisions {

    private final EvaluationRuns runs;
    private final CouncilBallots ballots;
    private final AwardDecisionStore store;
    private final RuleSetRegistry rules;
    private final Register register;
    private final Clock clock;
    private final RecordSeals seals;

    AwardDecisions(EvaluationRuns runs, CouncilBallots ballots, AwardDecisionStore store, RuleSetRegistry rules, Register register,
            Clock clock, RecordSeals seals) {
        this.seals = seals;
        this.runs = runs;
        this.ballots = ballots;
        this.store = store;
        this.rules = rules;
        this.register = register;
        this.clock = clock;
    }

    /**
     * Drafts one decision per deciding authority from the run's dossiers whose counting ballot
     * approved them and that no signed decision confers yet.
     *
     * @param decisionDate the date the decision is drafted for; null: the run's decision date
     * @throws NotFoundException when the run does not exist
     * @throws ConferralException when no dossier is approved, every approved one is already in a signed
     *         decision, or an authority, a bonus or a subject cannot be found (every problem at once)
     */
    @Transactional
    public List<AwardDecision> draft(long runId, LocalDate decisionDate, String draftedBy) {
        // The request as received holds the run's period: the run's decisions need not be read back.
        EvaluationRequest request = runs.request(runId).orElseThrow(() -> new NotFoundException("no evaluation run " + runId));
        LocalDate date = decisionDate != null ? decisionDate : request.period().decisionDate();
        int year = request.period().year();
        List<Ballot> approved = ballots.counting(runId).stream().filter(Ballot::approved).toList();
        if (approved.isEmpty()) {
            throw new ConferralException("runId", "Hội đồng chưa thông qua hồ sơ nào của lần đánh giá " + runId,
                    "the council has approved no dossier of run " + runId);
        }
        List<Ballot> open = new ArrayList<>();
        List<String> signed = new ArrayList<>();
        for (Ballot b : approved) {
            String number = store.signedElsewhere(b.subjectId(), b.award(), year, -1);
            if (number == null) {
                open.add(b);
            } else {
                signed.add(b.subjectId() + " " + b.award() + " (QĐ " + number + ")");
            }
        }
        if (open.isEmpty()) {
            throw new ConferralException("runId", "Mọi hồ sơ được thông qua đã có trong quyết định đã ký: " + String.join(", ", signed),
                    "every approved dossier is already in a signed decision: " + String.join(", ", signed));
        }
        RuleSet ruleSet = rules.active();
        RunSubjects subjects = new RunSubjects(request);
        List<ConferralException.Problem> problems = new ArrayList<>();
        Map<Authority, List<Drafted>> byAuthority = new LinkedHashMap<>();
        for (int i = 0; i < open.size(); i++) {
            Ballot b = open.get(i);
            String at = "dossiers[" + b.subjectId() + "/" + b.award() + "]";
            RunSubjects.Subject subject = subjects.get(b.subjectId());
            if (subject == null) {
                problems.add(new ConferralException.Problem(at, "Đối tượng " + b.subjectId() + " không có trong hồ sơ của lần đánh giá",
                        "subject " + b.subjectId() + " is not in the run's request"));
                continue;
            }
            if (date.isBefore(b.heldOn())) {
                problems.add(new ConferralException.Problem("decisionDate", "Ngày quyết định " + Days.of(date)
                        + " trước phiên họp Hội đồng ngày " + Days.of(b.heldOn()), "the decision date " + date
                        + " is before the council session of " + b.heldOn()));
                continue;
            }
            Authority authority = ruleSet.authority(b.award(), subject.level(), date);
            if (authority == null) {
                problems.add(new ConferralException.Problem(at, "authorities.yaml không nêu cấp có thẩm quyền cho " + b.award()
                        + ", đơn vị cấp " + subject.level() + ", ngày " + Days.of(date), "authorities.yaml names no authority for "
                        + b.award() + " at unit level " + subject.level() + " on " + date));
                continue;
            }
            Bonus bonus = ruleSet.bonus(b.award(), b.subjectKind(), date);
            if (bonus == null) {
                problems.add(new ConferralException.Problem(at, "bonus.yaml chưa có hệ số tiền thưởng của " + b.award() + " ("
                        + b.subjectKind() + ") hoặc mức lương cơ sở áp dụng ngày " + Days.of(date)
                        + "; cán bộ chính sách cần nhập kèm căn cứ", "bonus.yaml has no bonus coefficient for " + b.award() + " ("
                        + b.subjectKind() + ") or no base salary in force on " + date + "; policy staff must enter it with its citation"));
                continue;
            }
            byAuthority.computeIfAbsent(authority, a -> new ArrayList<>()).add(new Drafted(b, subject, bonus));
        }
        if (!problems.isEmpty()) {
            throw new ConferralException(problems);
        }
        // One decision per deciding authority: entries whose authority is the same office under different
        // citations (LĐTT and CSTĐCS of the commune chair) go into one decision citing each basis.
        Map<String, List<Authority>> offices = new LinkedHashMap<>();
        Map<String, List<Drafted>> byOffice = new LinkedHashMap<>();
        byAuthority.forEach((authority, drafted) -> {
            offices.computeIfAbsent(authority.vi() + "|" + authority.en(), k -> new ArrayList<>()).add(authority);
            byOffice.computeIfAbsent(authority.vi() + "|" + authority.en(), k -> new ArrayList<>()).addAll(drafted);
        });
        Instant now = clock.instant();
        List<AwardDecision> drafts = new ArrayList<>();
        for (Map.Entry<String, List<Drafted>> group : byOffice.entrySet()) {
            List<Authority> same = offices.get(group.getKey());
            Authority merged = new Authority(same.get(0).vi(), same.get(0).en(),
                    String.join("; ", same.stream().map(Authority::citation).distinct().toList()),
                    same.stream().map(Authority::legalReview).filter(java.util.Objects::nonNull).findFirst().orElse(null));
            drafts.add(appendDraft(draft(runId, year, date, merged, group.getValue(), draftedBy, now)));
        }
        return drafts;
    }

    private record Drafted(Ballot ballot, RunSubjects.Subject subject, Bonus bonus) {
    }

    private static AwardDecision draft(long runId, int year, LocalDate date, Authority authority, List<Drafted> dossiers,
            String draftedBy, Instant now) {
        List<Drafted> ordered = dossiers.stream().sorted(Comparator.comparing((Drafted d) -> Groups.order(d.ballot().subjectKind()))
                .thenComparing(d -> d.ballot().award().ordinal()).thenComparing(d -> d.subject().order())).toList();
        List<AwardDecision.Entry> entries = new ArrayList<>();
        long total = 0;
        for (Drafted d : ordered) {
            Ballot b = d.ballot();
            long amount = d.bonus().amount();
            total += amount;
            entries.add(new AwardDecision.Entry(entries.size() + 1, b.subjectKind(), b.subjectId(), d.subject().name(),
                    d.subject().unitCode(), d.subject().unitName(), b.award(), year, b.sessionId(), b.seq(), d.bonus().coefficient(),
                    amount, d.bonus().coefficientReference() + (d.bonus().coefficientReview() == null ? "" : " [chờ rà soát pháp lý]")));
        }
        Bonus first = ordered.get(0).bonus();
        return new AwardDecision(0, runId, authority.vi(), authority.en(), authority.citation(), authority.legalReview(), date,
                first.baseSalary(), first.baseSalaryReference() + (first.baseSalaryReview() == null ? "" : " [chờ rà soát pháp lý]"),
                total, draftedBy, now, entries, null);
    }

    // One record, one method: where the record chain seals the draft (kind AWARD_DECISION).
    private AwardDecision appendDraft(AwardDecision draft) {
        long id = store.insert(draft);
        seals.seal(RecordKind.AWARD_DECISION, id);
        return store.find(id).orElseThrow();
    }

    /** A decision with its entries and signature, or empty when no decision has this id. */
    @Transactional(readOnly = true)
    public Optional<AwardDecision> find(long id) {
        return store.find(id);
    }

    /** The decisions drafted on a run, oldest first (empty when none, or no such run). */
    @Transactional(readOnly = true)
    public List<AwardDecision> ofRun(long runId) {
        return store.ofRun(runId);
    }

    /** The signed decision as the secretariat records it. */
    public record SignatureRequest(String decisionNumber, LocalDate signedOn, String signer) {
    }

    /**
     * Records the signed decision: its number, date and signer, and one register entry per entry; the
     * awards are then conferred. All in one transaction.
     *
     * @throws NotFoundException when no decision has this id
     * @throws ConferralException when the decision is already recorded, a field is missing or wrong,
     *         the signing date is before a council session of its entries, an entry's dossier is no
     *         longer approved by the ballot that counts, or another signed decision (or the register)
     *         already confers the same award to the same subject for the year
     */
    @Transactional
    public AwardDecision sign(long decisionId, SignatureRequest request, String recordedBy) {
        AwardDecision decision = store.find(decisionId).orElseThrow(() -> new NotFoundException("no award decision " + decisionId));
        if (decision.signed()) {
            throw new ConferralException("decisionId", "Quyết định này đã được ghi nhận là đã ký (số "
                    + decision.signature().decisionNumber() + ")", "this decision is already recorded as signed (number "
                    + decision.signature().decisionNumber() + ")");
        }
        List<ConferralException.Problem> problems = new ArrayList<>();
        text(problems, "decisionNumber", request.decisionNumber(), 100, "số quyết định", "the decision number");
        text(problems, "signer", request.signer(), 300, "người ký", "the signer");
        if (request.signedOn() == null) {
            problems.add(new ConferralException.Problem("signedOn", "Thiếu ngày ký", "the signing date is missing"));
        } else if (request.signedOn().isAfter(LocalDate.now(clock))) {
            problems.add(new ConferralException.Problem("signedOn", "Ngày ký ở tương lai", "the signing date is in the future"));
        }
        for (int i = 0; i < decision.entries().size(); i++) {
            AwardDecision.Entry e = decision.entries().get(i);
            String at = "entries[" + i + "]";
            Ballot counting = ballots.counting(decision.runId(), e.subjectId(), e.award()).orElse(null);
            if (counting == null || !counting.approved() || counting.sessionId() != e.sessionId() || counting.seq() != e.ballotSeq()) {
                problems.add(new ConferralException.Problem(at, e.subjectId() + " " + e.award()
                        + ": phiếu của Hội đồng hiện có hiệu lực không thông qua hồ sơ này (phiên họp đã được thay thế hoặc kết quả khác)",
                        e.subjectId() + " " + e.award() + ": the council ballot that now counts does not approve this dossier"
                                + " (its session was superseded or the result differs)"));
                continue;
            }
            if (request.signedOn() != null && request.signedOn().isBefore(counting.heldOn())) {
                problems.add(new ConferralException.Problem("signedOn", "Ngày ký " + Days.of(request.signedOn())
                        + " trước phiên họp Hội đồng ngày " + Days.of(counting.heldOn()), "the signing date " + request.signedOn()
                        + " is before the council session of " + counting.heldOn()));
            }
            String other = store.signedElsewhere(e.subjectId(), e.award(), e.awardYear(), decisionId);
            if (other != null) {
                problems.add(new ConferralException.Problem(at, e.subjectId() + " đã được tặng " + e.award() + " năm " + e.awardYear()
                        + " theo quyết định đã ký số " + other, e.subjectId() + " already holds " + e.award() + " for "
                        + e.awardYear() + " under signed decision " + other));
            }
        }
        if (!problems.isEmpty()) {
            throw new ConferralException(problems.stream().distinct().toList());
        }
        AwardDecision.Signature signature = new AwardDecision.Signature(request.decisionNumber().strip(), request.signedOn(),
                request.signer().strip(), recordedBy, clock.instant());
        appendSignature(decisionId, signature);
        List<Conferred> conferred = decision.entries().stream().map(e -> new Conferred(e.subjectId(), e.group(), e.subjectName(),
                e.unitCode(), e.award(), e.awardYear(), signature.decisionNumber(), signature.signedOn(), decision.authorityVi(),
                decisionId, e.seq())).toList();
        try {
            register.confer(conferred, recordedBy);
        } catch (vn.thidua.register.RegisterException ex) {
            throw new ConferralException(ex.problems().stream()
                    .map(p -> new ConferralException.Problem(p.path(), p.vi(), p.en())).toList());
        }
        return store.find(decisionId).orElseThrow();
    }

    // One record, one method: where the record chain seals the signature (kind AWARD_DECISION_SIGNATURE).
    private void appendSignature(long decisionId, AwardDecision.Signature signature) {
        store.insert(decisionId, signature);
        seals.seal(RecordKind.AWARD_DECISION_SIGNATURE, decisionId);
    }

    private static void text(List<ConferralException.Problem> problems, String path, String value, int max, String vi, String en) {
        if (value == null || value.isBlank()) {
            problems.add(new ConferralException.Problem(path, "Thiếu " + vi, en + " is missing"));
        } else if (value.strip().length() > max) {
            problems.add(new ConferralException.Problem(path, "Quá " + max + " ký tự: " + vi, en + " is longer than " + max + " characters"));
        }
    }
}
