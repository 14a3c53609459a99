package vn.thidua.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.FileSystemUtils;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import vn.thidua.accounts.Account;
import vn.thidua.accounts.Role;
import vn.thidua.consultation.CommentAnswers;
import vn.thidua.consultation.Consultations;
import vn.thidua.consultation.SupervisionOpinions;
import vn.thidua.consultation.PublicList;
import vn.thidua.dossier.SampleRequests;
import vn.thidua.evaluation.EvaluationRuns;
import vn.thidua.governance.Draft;
import vn.thidua.governance.ImpactReport;
import vn.thidua.governance.ImpactReports;
import vn.thidua.governance.RuleSetDrafts;
import vn.thidua.eligibility.engine.RuleSetRegistry;
import vn.thidua.scheduling.Schedules;
import vn.thidua.testing.DatabaseProfiles;
import vn.thidua.testing.DraftRules;

/**
 * The record chain over one record of every kind, written by the real writers where they exist
 * (rankings, schedules, rule sets, impact reports, acknowledgements, activations, public lists and
 * comments) and with SQL for the council and register tables: an untouched database verifies
 * intact; for every kind, a changed column, a deleted row and an inserted row are each named by
 * kind, key and table. Every test puts back what it altered, since the database is shared.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles(resolver = DatabaseProfiles.class)
class RecordChainIntegrationTests {

    /** One record of every kind, written once for the class. */
    private record Fixture(long run, long rankedRun, long schedule, String ruleSet, long report, long activation, long list,
            long comment, long answer, long opinion, long opinionAnswer, long session, long decision, long entry, long revocation) {
    }

    private static Fixture fixture;

    @Autowired
    private AuditChain chain;
    @Autowired
    private RecordSeals seals;
    @Autowired
    private RecordBackfill backfill;
    @Autowired
    private EvaluationRuns runs;
    @Autowired
    private RunSealer sealer;
    @Autowired
    private Schedules schedules;
    @Autowired
    private RuleSetDrafts drafts;
    @Autowired
    private ImpactReports reports;
    @Autowired
    private RuleSetRegistry registry;
    @Autowired
    private Consultations consultations;
    @Autowired
    private CommentAnswers answers;
    @Autowired
    private SupervisionOpinions opinions;
    @Autowired
    private JsonMapper json;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private PlatformTransactionManager transactionManager;

    private Tampering tamper;

    @BeforeEach
    void writeOneRecordOfEveryKind() throws Exception {
        tamper = new Tampering(jdbc);
        if (fixture != null) {
            return;
        }
        long run = runs.evaluateAndStore(SampleRequests.commune()).runId();
        long rankedRun = runs.evaluateAndStore(communeWithQuota()).runId();
        // Its rankings are sealed when the run is linked into the chain, which the sealer does after the commit.
        sealer.sealWaiting();
        long schedule = endedSchedule();
        long report = acknowledgedReport(run);
        long activation = jdbc.queryForObject("SELECT activation_id FROM rule_set_active WHERE id = 1", Long.class);
        PublicList list = consultations.publish(run, "Danh sách đề nghị khen thưởng năm 2025", consultations.today(),
                consultations.today().plusDays(10), "Trụ sở UBND xã, nhà văn hóa thôn 1", consultations.today().minusDays(1), "thu-ky");
        consultations.comment(list, "CN-0001", "LAO_DONG_TIEN_TIEN", "Nguyễn Văn B", null, "Đề nghị xem lại thành tích");
        long comment = jdbc.queryForObject("SELECT MAX(id) FROM public_comment WHERE list_id = ?", Long.class, list.id());
        // Another comment is answered: the one above is deleted by a tamper test, which an answer's foreign key would stop.
        consultations.comment(list, "CN-0002", "LAO_DONG_TIEN_TIEN", "Trần Thị C", null, "Xác minh giúp thành tích năm 2024");
        long answered = jdbc.queryForObject("SELECT MAX(id) FROM public_comment WHERE list_id = ?", Long.class, list.id());
        long answer = answers.answer(list.id(), answered, "Đã xác minh với thôn, thành tích đúng như hồ sơ", "RESOLVED", null,
                new Account("quan-tri", "quan-tri", true, EnumSet.of(Role.ADMIN), Set.of(), null)).current().id();
        // An opinion of the Front on the list, and the secretariat's answer to it (an ANSWER record with opinion_id).
        Account front = new Account("mttq", "Ủy ban MTTQ xã Đạ R'sal", true, EnumSet.of(Role.OVERSIGHT, Role.ADMIN), Set.of(), null);
        long opinion = opinions.file(list.id(), null, null, "Đề nghị niêm yết thêm tại các thôn", front).opinion().id();
        long opinionAnswer = opinions.answer(list.id(), opinion, "Đã niêm yết tại ba thôn", "RESOLVED", null,
                new Account("quan-tri", "quan-tri", true, EnumSet.of(Role.ADMIN), Set.of(), null)).current().id();
        SealedRecords sql = new SealedRecords(jdbc, seals, transactionManager);
        long session = sql.councilSession(run);
        long decision = sql.awardDecision(run, session);
        sql.signature(decision);
        long entry = sql.registerEntry(decision, "RC-CN-0001");
        long revocation = sql.revocation(entry);
        fixture = new Fixture(run, rankedRun, schedule, registry.active().version(), report, activation, list.id(), comment,
                answer, opinion, opinionAnswer, session, decision, entry, revocation);
    }

    @Test
    void verifiesEveryKindIntactWhenNothingWasTouched() {
        ChainReport report = chain.verify();

        assertThat(report.intact()).as(report.records().differences().toString()).isTrue();
        assertThat(report.runsIntact()).isTrue();
        assertThat(report.records().intact()).isTrue();
        assertThat(report.records().sealedByKind().keySet())
                .containsAll(EnumSet.allOf(RecordKind.class).stream().map(Enum::name).collect(Collectors.toSet()));
        assertThat(report.records().unsealedRecords()).isZero();
        assertThat(report.records().backfilledAt()).isNotNull();
    }

    @Test
    void namesAlteredRanking() {
        Object[] run = {fixture.rankedRun()};
        assertNamed(tamper.updated("evaluation_ranking", "ranking_json", "{}", "run_id = ? AND seq = 0", run, this::records),
                RecordKind.RANKING, fixture.rankedRun(), "evaluation_ranking");
        assertNamed(tamper.deleted("evaluation_ranking", "run_id = ? AND seq = 0", run, this::records),
                RecordKind.RANKING, fixture.rankedRun(), "evaluation_ranking");
        assertNamed(tamper.insertedCopy("evaluation_ranking", "run_id = ? AND seq = 0", run, Map.of("run_id", fixture.rankedRun(),
                "seq", 99), this::records), RecordKind.RANKING, fixture.rankedRun(), "evaluation_ranking");
        // Rankings added to a run that had none are a record written around the chain.
        RecordChainReport around = tamper.insertedCopy("evaluation_ranking", "run_id = ? AND seq = 0", run,
                Map.of("run_id", fixture.run(), "seq", 0), this::records);
        assertNamed(around, RecordKind.RANKING, fixture.run(), "evaluation_ranking");
        assertThat(around.differences()).anySatisfy(d -> assertThat(d).contains("has no seal"));
        assertIntact();
    }

    @Test
    void namesAlteredSchedule() {
        Object[] id = {fixture.schedule()};
        assertNamed(tamper.updated("council_schedule", "result_json", "{}", "id = ?", id, this::records),
                RecordKind.SCHEDULE, fixture.schedule(), "council_schedule");
        assertNamed(tamper.updated("council_schedule", "status", "SOLVING", "id = ?", id, this::records),
                RecordKind.SCHEDULE, fixture.schedule(), "council_schedule");
        assertNamed(tamper.deleted("council_schedule", "id = ?", id, this::records),
                RecordKind.SCHEDULE, fixture.schedule(), "council_schedule");
        long extra = fixture.schedule() + 100_000;
        assertNamed(tamper.insertedCopy("council_schedule", "id = ?", id, Map.of("id", extra), this::records),
                RecordKind.SCHEDULE, extra, "council_schedule");
        assertIntact();
    }

    @Test
    void namesAlteredRuleSetVersion() {
        Object[] version = {fixture.ruleSet()};
        String file = "version = ? AND path = 'awards/lao-dong-tien-tien.params.yaml'";
        assertNamed(tamper.updated("rule_set_file", "content", "values: {}", file, version, this::records),
                RecordKind.RULE_SET_VERSION, fixture.ruleSet(), "rule_set_file");
        assertNamed(tamper.updated("rule_set_version", "activated_by", "someone else", "version = ?", version, this::records),
                RecordKind.RULE_SET_VERSION, fixture.ruleSet(), "rule_set_version");
        assertNamed(tamper.deleted("rule_set_file", file, version, this::records),
                RecordKind.RULE_SET_VERSION, fixture.ruleSet(), "rule_set_file");
        assertNamed(tamper.insertedCopy("rule_set_file", file, version, Map.of("version", fixture.ruleSet(),
                "path", "awards/zz-extra.params.yaml"), this::records), RecordKind.RULE_SET_VERSION, fixture.ruleSet(), "rule_set_file");
        assertIntact();
    }

    @Test
    void namesAlteredImpactReportAndAcknowledgement() {
        Object[] id = {fixture.report()};
        assertNamed(tamper.updated("rule_set_impact_report", "created_by", "someone else", "id = ?", id, this::records),
                RecordKind.IMPACT_REPORT, fixture.report(), "rule_set_impact_report");
        long extra = fixture.report() + 100_000;
        assertNamed(tamper.insertedCopy("rule_set_impact_report", "id = ?", id, Map.of("id", extra), this::records),
                RecordKind.IMPACT_REPORT, extra, "rule_set_impact_report");
        assertNamed(tamper.updated("rule_set_impact_acknowledgement", "acknowledged_by", "someone else", "report_id = ?", id,
                this::records), RecordKind.IMPACT_ACKNOWLEDGEMENT, fixture.report(), "rule_set_impact_acknowledgement");
        assertNamed(tamper.deleted("rule_set_impact_acknowledgement", "report_id = ?", id, this::records),
                RecordKind.IMPACT_ACKNOWLEDGEMENT, fixture.report(), "rule_set_impact_acknowledgement");
        // An acknowledgement of a report never acknowledged, written around the chain.
        long unacknowledged = jdbc.queryForObject("SELECT MIN(id) FROM rule_set_impact_report r WHERE NOT EXISTS"
                + " (SELECT 1 FROM rule_set_impact_acknowledgement a WHERE a.report_id = r.id)", Long.class);
        assertNamed(tamper.insertedCopy("rule_set_impact_acknowledgement", "report_id = ?", id, Map.of("report_id", unacknowledged),
                this::records), RecordKind.IMPACT_ACKNOWLEDGEMENT, unacknowledged, "rule_set_impact_acknowledgement");
        assertIntact();
    }

    @Test
    void namesAlteredActivationAndAnActivePointerMovedAroundTheLog() {
        Object[] id = {fixture.activation()};
        assertNamed(tamper.updated("rule_set_activation", "reason", "another reason", "id = ?", id, this::records),
                RecordKind.ACTIVATION, fixture.activation(), "rule_set_activation");
        long extra = fixture.activation() + 100_000;
        assertNamed(tamper.insertedCopy("rule_set_activation", "id = ?", id, Map.of("id", extra), this::records),
                RecordKind.ACTIVATION, extra, "rule_set_activation");

        RecordChainReport moved = tamper.updated("rule_set_active", "activation_id", null, "id = ?", new Object[] {1},
                this::records);

        assertThat(moved.intact()).isFalse();
        assertThat(moved.tables()).containsExactly("rule_set_active");
        assertThat(moved.differences()).anySatisfy(d -> assertThat(d).contains("rule_set_active points at activation null")
                .contains("newest sealed activation is " + fixture.activation()));
        assertIntact();
    }

    @Test
    void namesAlteredPublicListAndComment() {
        Object[] list = {fixture.list()};
        Object[] comment = {fixture.comment()};
        assertNamed(tamper.updated("public_list", "closes_on", LocalDate.of(2030, 1, 1), "id = ?", list, this::records),
                RecordKind.PUBLIC_LIST, fixture.list(), "public_list");
        // Where and from when it was posted (V22) are sealed too, an emptied place as much as a changed one.
        assertNamed(tamper.updated("public_list", "posting_places", "Nhà văn hóa thôn 2", "id = ?", list, this::records),
                RecordKind.PUBLIC_LIST, fixture.list(), "public_list");
        assertNamed(tamper.updated("public_list", "posting_places", null, "id = ?", list, this::records),
                RecordKind.PUBLIC_LIST, fixture.list(), "public_list");
        assertNamed(tamper.updated("public_list", "posted_from", LocalDate.of(2020, 1, 1), "id = ?", list, this::records),
                RecordKind.PUBLIC_LIST, fixture.list(), "public_list");
        long extraList = fixture.list() + 100_000;
        assertNamed(tamper.insertedCopy("public_list", "id = ?", list, Map.of("id", extraList), this::records),
                RecordKind.PUBLIC_LIST, extraList, "public_list");
        assertNamed(tamper.updated("public_comment", "body", "Một góp ý khác", "id = ?", comment, this::records),
                RecordKind.PUBLIC_COMMENT, fixture.comment(), "public_comment");
        assertNamed(tamper.deleted("public_comment", "id = ?", comment, this::records),
                RecordKind.PUBLIC_COMMENT, fixture.comment(), "public_comment");
        long extraComment = fixture.comment() + 100_000;
        assertNamed(tamper.insertedCopy("public_comment", "id = ?", comment, Map.of("id", extraComment), this::records),
                RecordKind.PUBLIC_COMMENT, extraComment, "public_comment");
        // The column keeps the OPEN the comment was received with; its status is its sealed answer's (below).
        assertThat(tamper.updated("public_comment", "status", "ANSWERED", "id = ?", comment, this::records).intact()).isTrue();
        assertIntact();
    }

    /**
     * An answer is never changed: its text, the status it gives the comment, who wrote it and when are
     * sealed, and so is its version number; deleting it (or the comment it answers) or adding a
     * version around the application is named too.
     */
    @Test
    void namesAlteredDeletedOrInsertedAnswer() {
        Object[] answer = {fixture.answer()};
        assertNamed(tamper.updated("consultation_answer", "body", "Một câu trả lời khác", "id = ?", answer, this::records),
                RecordKind.ANSWER, fixture.answer(), "consultation_answer");
        assertNamed(tamper.updated("consultation_answer", "status", "FORWARDED", "id = ?", answer, this::records),
                RecordKind.ANSWER, fixture.answer(), "consultation_answer");
        assertNamed(tamper.updated("consultation_answer", "answered_by", "nguoi-khac", "id = ?", answer, this::records),
                RecordKind.ANSWER, fixture.answer(), "consultation_answer");
        assertNamed(tamper.updated("consultation_answer", "seq", 7, "id = ?", answer, this::records),
                RecordKind.ANSWER, fixture.answer(), "consultation_answer");
        assertNamed(tamper.deleted("consultation_answer", "id = ?", answer, this::records),
                RecordKind.ANSWER, fixture.answer(), "consultation_answer");
        long extra = fixture.answer() + 100_000;
        assertNamed(tamper.insertedCopy("consultation_answer", "id = ?", answer, Map.of("id", extra, "seq", 2), this::records),
                RecordKind.ANSWER, extra, "consultation_answer");
        // An answer to an opinion names its opinion (V25), covered too.
        Object[] opinionAnswer = {fixture.opinionAnswer()};
        assertNamed(tamper.updated("consultation_answer", "body", "Chưa niêm yết", "id = ?", opinionAnswer, this::records),
                RecordKind.ANSWER, fixture.opinionAnswer(), "consultation_answer");
        assertNamed(tamper.updated("consultation_answer", "opinion_id", null, "id = ?", opinionAnswer, this::records),
                RecordKind.ANSWER, fixture.opinionAnswer(), "consultation_answer");
        assertIntact();
    }

    @Test
    void namesAlteredDeletedOrInsertedSupervisionOpinion() {
        Object[] opinion = {fixture.opinion()};
        assertNamed(tamper.updated("supervision_opinion", "body", "Không có ý kiến", "id = ?", opinion, this::records),
                RecordKind.SUPERVISION_OPINION, fixture.opinion(), "supervision_opinion");
        assertNamed(tamper.updated("supervision_opinion", "subject_id", "CN-0001", "id = ?", opinion, this::records),
                RecordKind.SUPERVISION_OPINION, fixture.opinion(), "supervision_opinion");
        assertNamed(tamper.updated("supervision_opinion", "filed_by_name", "Người khác", "id = ?", opinion, this::records),
                RecordKind.SUPERVISION_OPINION, fixture.opinion(), "supervision_opinion");
        long extra = fixture.opinion() + 100_000;
        assertNamed(tamper.insertedCopy("supervision_opinion", "id = ?", opinion, Map.of("id", extra), this::records),
                RecordKind.SUPERVISION_OPINION, extra, "supervision_opinion");
        assertIntact();
    }

    @Test
    void namesAlteredCouncilSession() {
        long session = fixture.session();
        Object[] id = {session};
        assertNamed(tamper.updated("council_session", "held_on", LocalDate.of(2026, 3, 3), "id = ?", id, this::records),
                RecordKind.COUNCIL_SESSION, session, "council_session");
        assertNamed(tamper.updated("council_ballot", "agree", 4, "session_id = ? AND seq = 2", id, this::records),
                RecordKind.COUNCIL_SESSION, session, "council_ballot");
        assertNamed(tamper.updated("council_ballot", "percent", new java.math.BigDecimal("60.001"), "session_id = ? AND seq = 2", id,
                this::records), RecordKind.COUNCIL_SESSION, session, "council_ballot");
        assertNamed(tamper.updated("council_session_member", "attendance", "PRESENT", "session_id = ? AND seq = 4", id,
                this::records), RecordKind.COUNCIL_SESSION, session, "council_session_member");
        assertNamed(tamper.deleted("council_session_member", "session_id = ? AND seq = 4", id, this::records),
                RecordKind.COUNCIL_SESSION, session, "council_session_member");
        assertNamed(tamper.deleted("council_ballot", "session_id = ? AND seq = 2", id, this::records),
                RecordKind.COUNCIL_SESSION, session, "council_ballot");
        assertNamed(tamper.insertedCopy("council_session_member", "session_id = ? AND seq = 0", id, Map.of("session_id", session,
                "seq", 9, "member_id", "M9"), this::records), RecordKind.COUNCIL_SESSION, session, "council_session_member");
        assertNamed(tamper.insertedCopy("council_ballot", "session_id = ? AND seq = 2", id, Map.of("session_id", session,
                "seq", 9, "subject_id", "CN-0009"), this::records), RecordKind.COUNCIL_SESSION, session, "council_ballot");
        assertIntact();
    }

    @Test
    void namesAlteredAwardDecisionAndSignature() {
        long decision = fixture.decision();
        Object[] id = {decision};
        assertNamed(tamper.updated("award_decision", "total_bonus", 9_999_999, "id = ?", id, this::records),
                RecordKind.AWARD_DECISION, decision, "award_decision");
        assertNamed(tamper.updated("award_decision_entry", "bonus_coefficient", new java.math.BigDecimal("1.500"),
                "decision_id = ? AND seq = 1", id, this::records), RecordKind.AWARD_DECISION, decision, "award_decision_entry");
        assertNamed(tamper.deleted("award_decision_entry", "decision_id = ? AND seq = 1", id, this::records),
                RecordKind.AWARD_DECISION, decision, "award_decision_entry");
        assertNamed(tamper.insertedCopy("award_decision_entry", "decision_id = ? AND seq = 1", id, Map.of("decision_id", decision,
                "seq", 9, "subject_id", "CN-0009"), this::records), RecordKind.AWARD_DECISION, decision, "award_decision_entry");
        assertNamed(tamper.updated("award_decision_signature", "signed_on", LocalDate.of(2026, 3, 10), "decision_id = ?", id,
                this::records), RecordKind.AWARD_DECISION_SIGNATURE, decision, "award_decision_signature");
        assertNamed(tamper.deleted("award_decision_signature", "decision_id = ?", id, this::records),
                RecordKind.AWARD_DECISION_SIGNATURE, decision, "award_decision_signature");
        long unsigned = new SealedRecords(jdbc, seals, transactionManager).awardDecision(fixture.run(), fixture.session());
        assertNamed(tamper.insertedCopy("award_decision_signature", "decision_id = ?", id, Map.of("decision_id", unsigned),
                this::records), RecordKind.AWARD_DECISION_SIGNATURE, unsigned, "award_decision_signature");
        assertIntact();
    }

    @Test
    void namesAlteredRegisterEntryAndRevocation() {
        Object[] entry = {fixture.entry()};
        Object[] revocation = {fixture.revocation()};
        assertNamed(tamper.updated("register_entry", "award_year", 2024, "id = ?", entry, this::records),
                RecordKind.REGISTER_ENTRY, fixture.entry(), "register_entry");
        long extraEntry = fixture.entry() + 100_000;
        assertNamed(tamper.insertedCopy("register_entry", "id = ?", entry, Map.of("id", extraEntry, "award_year", 2024),
                this::records), RecordKind.REGISTER_ENTRY, extraEntry, "register_entry");
        assertNamed(tamper.updated("register_revocation", "reason", "Không rõ", "id = ?", revocation, this::records),
                RecordKind.REGISTER_REVOCATION, fixture.revocation(), "register_revocation");
        assertNamed(tamper.deleted("register_revocation", "id = ?", revocation, this::records),
                RecordKind.REGISTER_REVOCATION, fixture.revocation(), "register_revocation");
        long other = new SealedRecords(jdbc, seals, transactionManager).registerEntry(fixture.decision(), "CN-0002");
        long extraRevocation = fixture.revocation() + 100_000;
        assertNamed(tamper.insertedCopy("register_revocation", "id = ?", revocation, Map.of("id", extraRevocation,
                "entry_id", other), this::records), RecordKind.REGISTER_REVOCATION, extraRevocation, "register_revocation");
        assertIntact();
    }

    @Test
    void namesRecordWhoseSealWasAlteredOrRemoved() {
        Object[] key = {RecordKind.PUBLIC_LIST.name(), String.valueOf(fixture.list())};
        String seal = "kind = ? AND record_key = ?";

        RecordChainReport forged = tamper.updated("audit_record_seal", "content_sha256", "f".repeat(64), seal, key, this::records);
        RecordChainReport removed = tamper.deleted("audit_record_seal", seal, key, this::records);

        RecordChainReport head = tamper.updated("audit_record_head", "last_hash", "e".repeat(64), "id = ?", new Object[] {1},
                this::records);

        assertNamed(forged, RecordKind.PUBLIC_LIST, fixture.list(), "audit_record_seal");
        assertThat(head.intact()).isFalse();
        assertThat(head.tables()).containsExactly("audit_record_head");
        assertThat(head.differences()).anySatisfy(d -> assertThat(d).contains("e".repeat(64)));
        assertThat(removed.intact()).isFalse();
        assertThat(removed.differences()).anySatisfy(d -> assertThat(d).contains("link broken"));
        assertThat(removed.differences()).anySatisfy(d -> assertThat(d).contains("PUBLIC_LIST record " + fixture.list())
                .contains("has no seal"));
        assertIntact();
    }

    @Test
    void reportsAlteredRecordsInTheOverallVerdictWithRunsIntact() {
        ChainReport report = tamper.updated("register_entry", "subject_name", "Người khác", "id = ?",
                new Object[] {fixture.entry()}, chain::verify);

        assertThat(report.intact()).isFalse();
        assertThat(report.runsIntact()).isTrue();
        assertThat(report.firstAlteredRunId()).isNull();
        assertThat(report.records().firstAlteredKind()).isEqualTo("REGISTER_ENTRY");
    }

    @Test
    void sealsRecordsStoredBeforeTheChainOnceAtTheFirstStart() {
        long entry = jdbc.queryForObject("SELECT MAX(id) FROM register_entry", Long.class) + 1000;
        tamper.insertedCopy("register_entry", "id = ?", new Object[] {fixture.entry()}, Map.of("id", entry, "award_year", 2023),
                () -> {
                    assertNamed(records(), RecordKind.REGISTER_ENTRY, entry, "register_entry");
                    jdbc.update("UPDATE audit_record_head SET backfilled_at = NULL WHERE id = 1");

                    Map<RecordKind, Integer> sealed = backfill.backfill();

                    assertThat(sealed).containsEntry(RecordKind.REGISTER_ENTRY, 1);
                    assertThat(seals.isSealed(RecordKind.REGISTER_ENTRY, String.valueOf(entry))).isTrue();
                    assertThat(chain.verify().intact()).isTrue();
                    assertThat(backfill.backfill()).as("once only").isEmpty();
                    // The test's row goes again: its seal with it, from the end of the chain.
                    jdbc.update("DELETE FROM audit_record_seal WHERE kind = 'REGISTER_ENTRY' AND record_key = ?", String.valueOf(entry));
                    jdbc.update("UPDATE audit_record_head SET last_seq = last_seq - 1, last_hash = (SELECT record_hash FROM"
                            + " audit_record_seal WHERE chain_seq = (SELECT MAX(chain_seq) FROM audit_record_seal)) WHERE id = 1");
                    return null;
                });
        assertIntact();
    }

    @Test
    void storesARunWhileASealHoldsTheRecordChainsHead() throws Exception {
        TransactionTemplate transactions = new TransactionTemplate(transactionManager);
        SealedRecords sql = new SealedRecords(jdbc, seals, transactionManager);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Long> sealing = pool.submit(() -> transactions.execute(status -> {
                long entry = sql.registerEntry(fixture.decision(), "CN-LOCK");
                holding.countDown();
                await(release);
                return entry;
            }));
            assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();

            // A run without rankings takes only the runs' head (one with rankings waits here: it seals a RANKING record).
            Future<Long> run = pool.submit(() -> runs.evaluateAndStore(SampleRequests.commune()).runId());

            assertThat(run.get(30, TimeUnit.SECONDS)).as("stored while the record chain's head is locked").isPositive();
            release.countDown();
            assertThat(seals.isSealed(RecordKind.REGISTER_ENTRY, String.valueOf(sealing.get(30, TimeUnit.SECONDS)))).isTrue();
        } finally {
            release.countDown();
            pool.shutdown();
        }
        assertIntact();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void refusesToSealOutsideATransactionTwiceOrARecordWithNoRows() {
        TransactionTemplate transactions = new TransactionTemplate(transactionManager);

        assertThatThrownBy(() -> seals.seal(RecordKind.PUBLIC_LIST, fixture.list()))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThatThrownBy(() -> transactions.executeWithoutResult(s -> seals.seal(RecordKind.PUBLIC_LIST, fixture.list())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("sealed already");
        assertThatThrownBy(() -> transactions.executeWithoutResult(s -> seals.seal("public_list", "00" + fixture.list())))
                .as("an id is the number it is").isInstanceOf(IllegalStateException.class).hasMessageContaining("sealed already");
        assertThatThrownBy(() -> transactions.executeWithoutResult(s -> seals.seal("REGISTER_ENTRY", "987654321")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no register_entry row");
        assertThatThrownBy(() -> transactions.executeWithoutResult(s -> seals.seal("BALLOT", "1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("COUNCIL_SESSION");
        assertThatThrownBy(() -> transactions.executeWithoutResult(s -> seals.seal("council_session", "abc")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is a number");
        assertIntact();
    }

    private RecordChainReport records() {
        return chain.verify().records();
    }

    private static void assertNamed(RecordChainReport report, RecordKind kind, Object key, String table) {
        assertThat(report.intact()).as("altered").isFalse();
        assertThat(report.firstAlteredKind()).as(report.differences().toString()).isEqualTo(kind.name());
        assertThat(report.firstAlteredKey()).isEqualTo(String.valueOf(key));
        assertThat(report.tables()).contains(table);
        assertThat(report.differences()).isNotEmpty();
    }

    private void assertIntact() {
        ChainReport report = chain.verify();
        assertThat(report.intact()).as("restored: " + report.records().differences()).isTrue();
    }

    // The sample commune with a quota of one Lao động tiên tiến in the commune, so the run has a ranking.
    private byte[] communeWithQuota() {
        ObjectNode request = (ObjectNode) json.readTree(SampleRequests.commune());
        request.putArray("quotas").addObject().put("award", "LAO_DONG_TIEN_TIEN").put("unit", "XA-DARSAL").put("maxCount", 1);
        return json.writeValueAsBytes(request);
    }

    private long endedSchedule() throws Exception {
        long id = schedules.submit(Files.readAllBytes(Path.of("data/sample-schedule.json"))).id();
        schedules.stop(id);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!seals.isSealed(RecordKind.SCHEDULE, String.valueOf(id)) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(seals.isSealed(RecordKind.SCHEDULE, String.valueOf(id))).as("the ended schedule is sealed").isTrue();
        return id;
    }

    private long acknowledgedReport(long run) throws IOException {
        Path dir = Files.createTempDirectory("thidua-record-chain-");
        try {
            Draft draft = drafts.prepare(DraftRules.strictGrassrootsFighter(dir.resolve("rules")), "policy.test");
            assertThat(draft.valid()).isTrue();
            ImpactReport report = reports.onRun(draft.version(), run, "policy.test");
            reports.onRun(draft.version(), run, "policy.test"); // a second report, left unacknowledged
            reports.acknowledge(report.id(), "policy.test", "đã đọc");
            Set<String> sealedVersions = Set.of(draft.version());
            assertThat(sealedVersions).allSatisfy(v -> assertThat(seals.isSealed(RecordKind.RULE_SET_VERSION, v)).isTrue());
            return report.id();
        } finally {
            FileSystemUtils.deleteRecursively(dir);
        }
    }
}
