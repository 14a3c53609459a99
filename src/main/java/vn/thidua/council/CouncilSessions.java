package vn.thidua.council;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import vn.thidua.audit.RecordKind;
import vn.thidua.consultation.PostingRule;
import vn.thidua.consultation.PostingRules;
import vn.thidua.consultation.PublicList;
import vn.thidua.audit.RecordSeals;
import vn.thidua.documents.AwardNames;
import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.FieldError;
import vn.thidua.dossier.ValidationException;
import vn.thidua.eligibility.EligibilityDecision;
import vn.thidua.eligibility.Evaluation;
import vn.thidua.eligibility.Outcome;
import vn.thidua.eligibility.Text;
import vn.thidua.eligibility.engine.RuleSet;
import vn.thidua.evaluation.EvaluationRuns;
import vn.thidua.scheduling.ReviewSession;
import vn.thidua.scheduling.ScheduleView;
import vn.thidua.scheduling.Schedules;
import vn.thidua.scheduling.SchedulingRequest;
import vn.thidua.system.NotFoundException;

/**
 * Records the council's sessions on stored runs and reads them back. A session is checked whole
 * against its run, then written in one transaction, or not at all: any problem is a
 * {@link ValidationException} naming every bad field, and nothing is stored.
 */
@Service
public class CouncilSessions {

    /** A dossier of a run the council may vote on, for the recording form. */
    public record Dossier(String subjectId, String name, String unit, AwardCode award, Outcome outcome,
            boolean requiresCouncilJudgement, boolean leftOutUnderQuota) {
    }

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final EvaluationRuns runs;
    private final Schedules schedules;
    private final SessionStore store;
    private final RunRuleSets ruleSets;
    private final JsonMapper json;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final CouncilMinutes minutes;
    private final RecordSeals seals;
    private final PostingChecks postings;
    private final OpinionChecks opinions;

    CouncilSessions(EvaluationRuns runs, Schedules schedules, SessionStore store, RunRuleSets ruleSets, JsonMapper json, Clock clock,
            PlatformTransactionManager transactionManager, CouncilMinutes minutes, RecordSeals seals, PostingChecks postings,
            OpinionChecks opinions) {
        this.postings = postings;
        this.opinions = opinions;
        this.minutes = minutes;
        this.seals = seals;
        this.runs = runs;
        this.schedules = schedules;
        this.store = store;
        this.ruleSets = ruleSets;
        this.json = json;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Reads a session as JSON (docs/operations.md §11) and records it; see {@link #record(long, SessionInput, String)}. */
    public CouncilSession record(long runId, byte[] sessionJson, String recordedBy) {
        SessionInput input;
        try {
            input = json.readValue(sessionJson, SessionInput.class);
        } catch (JacksonException e) {
            throw new ValidationException(List.of(new FieldError("", "the session is not readable JSON: " + e.getOriginalMessage())));
        }
        if (input == null) {
            throw new ValidationException(List.of(new FieldError("", "the session is empty")));
        }
        return record(runId, input, recordedBy);
    }

    /**
     * Records a session of a run with each dossier's result, in one transaction.
     *
     * @throws NotFoundException when no run has this id
     * @throws ValidationException naming every bad field; nothing is then stored
     */
    public CouncilSession record(long runId, SessionInput input, String recordedBy) {
        RunDossiers run = run(runId);
        List<FieldError> errors = new ArrayList<>();
        schedule(runId, input, errors);
        supersedes(runId, input.supersedes(), errors);
        RuleSet ruleSet = ruleSets.of(run.evaluation().ruleSet());
        Map<AwardCode, Optional<SessionPlan.Ruled>> rules = new HashMap<>();
        SessionPlan.Planned plan = SessionPlan.check(input, run, (award, on) -> rules.computeIfAbsent(award, a -> rule(ruleSet, a, on)),
                errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        SessionPlan.Planned posted = withOpinions(runId, ruleSet, withPosting(runId, ruleSet, plan));
        long id;
        try {
            id = transactions.execute(status -> {
                // Checked again inside the transaction: two corrections of one session may race.
                List<FieldError> late = new ArrayList<>();
                supersedes(runId, input.supersedes(), late);
                if (!late.isEmpty()) {
                    throw new ValidationException(late);
                }
                long stored = store.insert(runId, input, posted, recordedBy, clock.instant());
                // The session, its members and its ballots are sealed together, in the same transaction.
                seals.seal(RecordKind.COUNCIL_SESSION, stored);
                return stored;
            });
        } catch (DuplicateKeyException e) {
            throw new ValidationException(List.of(new FieldError("supersedes", "session " + input.supersedes()
                    + " has just been superseded by another session")));
        }
        return store.find(id).orElseThrow();
    }

    /** The sessions of a run, oldest first; empty when none is recorded (or the run does not exist). */
    public List<CouncilSession> ofRun(long runId) {
        return store.ofRun(runId);
    }

    public Optional<CouncilSession> find(long sessionId) {
        return store.find(sessionId);
    }

    /** The minutes of a session as PDF (Vietnamese, or English for an English locale); empty when no session has this id. */
    public Optional<byte[]> minutes(long sessionId, java.util.Locale locale) {
        return store.find(sessionId).map(session -> {
            Optional<Evaluation> run = runs.find(session.runId());
            return minutes.pdf(session, run.map(e -> e.period().year()).orElse(session.heldOn().getYear()),
                    ruleSets.of(run.map(Evaluation::ruleSet).orElse(null)), locale);
        });
    }

    /** The award names of the rule set the run was evaluated on (the active one when that is not stored). */
    AwardNames awardNames(long runId) {
        return new AwardNames(ruleSets.of(runs.find(runId).map(Evaluation::ruleSet).orElse(null)));
    }

    /**
     * The results that count for a run: per dossier, the one of the latest session that voted on it
     * and is not superseded. Empty when no session is recorded.
     */
    public List<CouncilResult> standing(long runId) {
        Map<String, CouncilResult> latest = new java.util.LinkedHashMap<>();
        for (CouncilSession session : store.ofRun(runId)) {
            if (session.supersededBy() == null) {
                session.results().forEach(r -> latest.put(r.subjectId() + "/" + r.award(), r));
            }
        }
        return List.copyOf(latest.values());
    }

    /** The newest sessions of every run, newest first, at most {@code limit}. */
    public List<CouncilSession> newest(int limit) {
        return store.newest(limit).stream().map(store::find).flatMap(Optional::stream).toList();
    }

    /**
     * The dossiers of a run the council may vote on (ELIGIBLE, or INCOMPLETE only for the council's
     * judgement), with names and units from the request.
     *
     * @throws NotFoundException when no run has this id
     */
    public List<Dossier> dossiers(long runId) {
        RunDossiers run = run(runId);
        List<Dossier> dossiers = new ArrayList<>();
        for (EligibilityDecision d : run.forTheCouncil()) {
            RunDossiers.Subject subject = run.subject(d.subjectId());
            dossiers.add(new Dossier(d.subjectId(), subject.name(), subject.unit(), d.award(), d.outcome(),
                    d.requiresCouncilJudgement(), run.leftOutUnderQuota(d.subjectId(), d.award())));
        }
        return dossiers;
    }

    private RunDossiers run(long runId) {
        Evaluation evaluation = runs.find(runId).orElseThrow(() -> new NotFoundException("no evaluation run " + runId));
        return new RunDossiers(evaluation, runs.request(runId).orElseThrow(() -> new NotFoundException("no evaluation run " + runId)),
                runs.rankings(runId).orElse(List.of()));
    }

    /**
     * Each result with its posting warning, when its list had not been posted for the award's working
     * days before the session (docs/law.md §17); the council's decision stands either way.
     */
    private SessionPlan.Planned withPosting(long runId, RuleSet ruleSet, SessionPlan.Planned plan) {
        List<PublicList> lists = postings.lists(runId);
        AwardNames names = new AwardNames(ruleSet);
        Map<AwardCode, Optional<PostingChecks.Warned>> byAward = new HashMap<>();
        List<CouncilResult> results = plan.results().stream().map(result -> byAward.computeIfAbsent(result.award(),
                award -> postingRule(ruleSet, award, plan.heldOn()).flatMap(rule -> postings.check(lists, rule, plan.heldOn(),
                        names.of(award, VIETNAMESE), names.of(award, Locale.ENGLISH))))
                .map(warned -> result.withPosting(warned.posting(), warned.text())).orElse(result)).toList();
        return new SessionPlan.Planned(plan.heldOn(), plan.members(), results);
    }

    /**
     * Each result with a warning per supervision opinion on it, or on its list, that the secretariat
     * had not answered when the session was recorded; the council's decision stands either way.
     */
    private SessionPlan.Planned withOpinions(long runId, RuleSet ruleSet, SessionPlan.Planned plan) {
        List<vn.thidua.consultation.Opinion> unanswered = opinions.unanswered(runId);
        if (unanswered.isEmpty()) {
            return plan;
        }
        AwardNames names = new AwardNames(ruleSet);
        List<CouncilResult> results = plan.results().stream().map(r -> r.withWarnings(opinions.warnings(unanswered, r.subjectId(),
                r.award().name(), plan.heldOn(), r.subjectName() + " · " + names.of(r.award(), VIETNAMESE),
                r.subjectName() + " · " + names.of(r.award(), Locale.ENGLISH)))).toList();
        return new SessionPlan.Planned(plan.heldOn(), plan.members(), results);
    }

    /** The award's posting period under the run's rule set, or the active one when the run's has none (an older version). */
    private Optional<PostingRule> postingRule(RuleSet ruleSet, AwardCode award, LocalDate on) {
        Optional<PostingRule> own = PostingRules.of(ruleSet, award, on);
        return own.isPresent() || ruleSets.active() == ruleSet ? own : PostingRules.of(ruleSets.active(), award, on);
    }

    private Optional<SessionPlan.Ruled> rule(RuleSet ruleSet, AwardCode award, LocalDate on) {
        Optional<VoteRule> own = VoteRules.of(ruleSet, award, on);
        if (own.isPresent()) {
            return own.map(rule -> new SessionPlan.Ruled(rule, null));
        }
        RuleSet active = ruleSets.active();
        if (active == ruleSet) {
            return Optional.empty();
        }
        return VoteRules.of(active, award, on).map(rule -> new SessionPlan.Ruled(rule, new Text(
                "Rule set của lần đánh giá không có ngưỡng biểu quyết cho " + award + "; áp dụng rule set đang hiệu lực " + active.version(),
                "The run's rule set has no vote threshold for " + award + "; the active rule set " + active.version() + " was used")));
    }

    private void schedule(long runId, SessionInput input, List<FieldError> errors) {
        if (input.scheduleId() == null) {
            if (input.scheduleSession() != null && !input.scheduleSession().isBlank()) {
                errors.add(new FieldError("scheduleSession", "names a session of a schedule, but scheduleId is not given"));
            }
            return;
        }
        Optional<ScheduleView> view = schedules.find(input.scheduleId());
        if (view.isEmpty()) {
            errors.add(new FieldError("scheduleId", "no schedule " + input.scheduleId()));
            return;
        }
        if (view.get().sourceRunId() != null && view.get().sourceRunId() != runId) {
            errors.add(new FieldError("scheduleId", "schedule " + input.scheduleId() + " was built from run "
                    + view.get().sourceRunId() + ", not run " + runId));
        }
        if (input.scheduleSession() != null && !input.scheduleSession().isBlank()) {
            SchedulingRequest request = schedules.request(input.scheduleId()).map(r -> json.readValue(r, SchedulingRequest.class))
                    .orElse(null);
            if (request == null || request.sessions().stream().map(ReviewSession::id).noneMatch(input.scheduleSession()::equals)) {
                errors.add(new FieldError("scheduleSession", "schedule " + input.scheduleId() + " has no session \""
                        + input.scheduleSession() + "\""));
            }
        }
    }

    private void supersedes(long runId, Long supersedes, List<FieldError> errors) {
        if (supersedes == null) {
            return;
        }
        Optional<SessionStore.Row> row = store.row(supersedes);
        if (row.isEmpty()) {
            errors.add(new FieldError("supersedes", "no council session " + supersedes));
        } else if (row.get().runId() != runId) {
            errors.add(new FieldError("supersedes", "session " + supersedes + " is a session of run " + row.get().runId()
                    + ", not of run " + runId));
        } else if (row.get().supersededBy() != null) {
            errors.add(new FieldError("supersedes", "session " + supersedes + " is already superseded by session "
                    + row.get().supersededBy() + "; correct that one instead"));
        }
    }
}
