package vn.thidua.consultation;

import static vn.thidua.consultation.ConsultationException.Reason.FORBIDDEN;
import static vn.thidua.consultation.ConsultationException.Reason.NOT_FOUND;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.thidua.accounts.Account;
import vn.thidua.accounts.Role;
import vn.thidua.audit.RecordKind;
import vn.thidua.audit.RecordSeals;
import vn.thidua.audit.ResultRows;
import vn.thidua.dossier.AwardCode;

/**
 * Supervision opinions (ý kiến giám sát) of the Fatherland Front on published lists and their
 * candidates, and the secretariat's answers to them, each sealed as written and never changed. An
 * opinion is filed by an OVERSIGHT account on a list of a run naming its units, about the list or a
 * candidate of a unit it oversees; the secretariat answers it as it answers comments, before the
 * council's session (an opinion still unanswered then is a warning on the session). A refusal names
 * its field in Vietnamese and English and stores nothing.
 */
@Service
public class SupervisionOpinions {

    /** The longest opinion, in characters. */
    public static final int LIMIT = 4000;

    private static final String SELECT = "SELECT id, list_id, subject_id, award, body, filed_by, filed_by_name, filed_at"
            + " FROM supervision_opinion";

    private final JdbcTemplate jdbc;
    private final Consultations consultations;
    private final CommentAnswers comments;
    private final OversightScope scope;
    private final ResultRows rows;
    private final AnswerStore answers;
    private final RecordSeals seals;
    private final Clock clock;
    private final TransactionTemplate transactions;

    SupervisionOpinions(JdbcTemplate jdbc, Consultations consultations, CommentAnswers comments, OversightScope scope, ResultRows rows,
            AnswerStore answers, RecordSeals seals, Clock clock, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.consultations = consultations;
        this.comments = comments;
        this.scope = scope;
        this.rows = rows;
        this.answers = answers;
        this.seals = seals;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Files an opinion on a list or, when {@code subjectId} and {@code award} are given, on that
     * candidate of it.
     *
     * @throws ConsultationException naming {@code list} (unknown, or of a run naming none of the
     *         user's units, or the user is not the Fatherland Front), {@code candidate} (not proposed on
     *         the list, or of a unit the user does not oversee) or {@code body} (empty or over {@value #LIMIT})
     */
    public OpinionThread file(long listId, String subjectId, String award, String body, Account user) {
        PublicList list = consultations.find(listId).orElseThrow(() -> new ConsultationException(NOT_FOUND, "list",
                "Không có danh sách số " + listId, "There is no list " + listId));
        if (!user.has(Role.OVERSIGHT) || !scope.oversees(user, list.runId())) {
            throw new ConsultationException(FORBIDDEN, "list", "Danh sách \"" + list.title() + "\" không thuộc đơn vị bạn giám sát:"
                    + " bạn không gửi được ý kiến giám sát", "The list \"" + list.title() + "\" concerns none of the units you"
                    + " oversee: you may not file a supervision opinion on it");
        }
        String subject = subjectId == null || subjectId.isBlank() ? null : subjectId.strip();
        AwardCode code = subject == null ? null : candidate(list, subject, award, user);
        if (body == null || body.isBlank()) {
            throw new ConsultationException("body", "Nội dung ý kiến giám sát: bắt buộc, không được để trống",
                    "The supervision opinion: required, it may not be empty");
        }
        String text = body.strip();
        if (text.length() > LIMIT) {
            throw new ConsultationException("body", "Nội dung ý kiến giám sát dài " + text.length() + " ký tự, quá giới hạn " + LIMIT
                    + " ký tự", "The supervision opinion is " + text.length() + " characters long, more than the " + LIMIT + " allowed");
        }
        long id = transactions.execute(tx -> {
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.update(c -> {
                var s = c.prepareStatement("INSERT INTO supervision_opinion (list_id, subject_id, award, body, filed_by, filed_by_name,"
                        + " filed_at) VALUES (?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
                s.setLong(1, listId);
                s.setString(2, subject);
                s.setString(3, code == null ? null : code.name());
                s.setString(4, text);
                s.setString(5, user.username());
                s.setString(6, user.displayName());
                s.setTimestamp(7, Timestamp.from(clock.instant()));
                return s;
            }, key);
            long filed = key.getKey().longValue();
            seals.seal(RecordKind.SUPERVISION_OPINION, filed);
            return filed;
        });
        return threads(List.of(find(id).orElseThrow())).get(0);
    }

    // The candidate an opinion is about: proposed on the list, and of a unit the user oversees.
    private AwardCode candidate(PublicList list, String subjectId, String award, Account user) {
        Optional<AwardCode> code = java.util.Arrays.stream(AwardCode.values()).filter(a -> a.name().equals(award)).findFirst();
        Optional<ResultRows.Row> row = code.flatMap(a -> rows.proposed(list.runId(), subjectId, a));
        if (row.isEmpty()) {
            throw new ConsultationException("candidate", "Không có " + subjectId + " được đề nghị " + (award == null ? "" : award)
                    + " trong danh sách này", "The list proposes no " + subjectId + (award == null ? "" : " for " + award));
        }
        if (!scope.oversees(user, list.runId(), row.get().unit())) {
            throw new ConsultationException(FORBIDDEN, "candidate", row.get().name() + " thuộc " + row.get().unitName()
                    + ", đơn vị bạn không giám sát: bạn không gửi được ý kiến giám sát về người này",
                    row.get().name() + " belongs to " + row.get().unitName() + ", a unit you do not oversee: you may not file a"
                            + " supervision opinion about them");
        }
        return code.get();
    }

    /**
     * Answers an opinion, or supersedes its current answer, as {@link CommentAnswers#answer} answers a comment.
     *
     * @throws ConsultationException naming {@code opinion} (unknown, on another list, or the user may
     *         not answer on the list), {@code body}, {@code status} or {@code replaces}
     */
    public OpinionThread answer(Long listId, long opinionId, String body, String status, Integer replaces, Account user) {
        Opinion opinion = answerable(listId, opinionId, user);
        return write(opinion, Answers.check(body, status, CommentAnswers.LIMIT), replaces == null ? 0 : replaces, user);
    }

    /**
     * Answers an opinion as {@link #answer} does, the answer it supersedes named by its id (as the REST API
     * names it), as {@link CommentAnswers#answerReplacing} answers a comment.
     */
    public OpinionThread answerReplacing(Long listId, long opinionId, String body, String status, Long replacesId, Account user) {
        Opinion opinion = answerable(listId, opinionId, user);
        Answers.Checked checked = Answers.check(body, status, CommentAnswers.LIMIT);
        int seen = Answers.seqOf(answers.of(AnswerStore.Target.OPINION, List.of(opinionId)).getOrDefault(opinionId, List.of()),
                replacesId, "ý kiến giám sát số " + opinionId, "supervision opinion " + opinionId);
        return write(opinion, checked, seen, user);
    }

    // The opinion, when it is on the list and the user may answer on that list.
    private Opinion answerable(Long listId, long opinionId, Account user) {
        Opinion opinion = find(opinionId).filter(o -> listId == null || o.listId() == listId)
                .orElseThrow(() -> new ConsultationException(NOT_FOUND, "opinion", "Không có ý kiến giám sát số " + opinionId + " trong danh sách này",
                        "There is no supervision opinion " + opinionId + " on this list"));
        PublicList list = consultations.find(opinion.listId()).orElseThrow();
        if (!comments.mayAnswer(user, list)) {
            throw new ConsultationException(FORBIDDEN, "opinion", "Ý kiến giám sát số " + opinionId + " thuộc danh sách của đơn vị bạn không"
                    + " phụ trách: bạn không trả lời được", "Supervision opinion " + opinionId + " is on a list of a unit you are not"
                    + " responsible for: you may not answer it");
        }
        return opinion;
    }

    private OpinionThread write(Opinion opinion, Answers.Checked checked, int seen, Account user) {
        long opinionId = opinion.id();
        try {
            transactions.executeWithoutResult(tx -> {
                int last = answers.lastSeq(AnswerStore.Target.OPINION, opinionId);
                if (last != seen) {
                    throw Answers.answeredMeanwhile("Ý kiến giám sát số " + opinionId, "Supervision opinion " + opinionId, last);
                }
                answers.insert(AnswerStore.Target.OPINION, opinionId, last + 1, checked.body(), checked.status(), user.username(),
                        clock.instant());
            });
        } catch (DuplicateKeyException e) {
            throw Answers.answeredMeanwhile("Ý kiến giám sát số " + opinionId, "Supervision opinion " + opinionId, seen + 1);
        }
        return threads(List.of(opinion)).get(0);
    }

    public Optional<Opinion> find(long id) {
        return jdbc.query(SELECT + " WHERE id = ?", SupervisionOpinions::opinion, id).stream().findFirst();
    }

    /** The opinions on a list with their answers, oldest first. */
    public List<OpinionThread> onList(long listId) {
        return threads(jdbc.query(SELECT + " WHERE list_id = ? ORDER BY id", SupervisionOpinions::opinion, listId));
    }

    /** The opinions on every list of a run with their answers, oldest first. */
    public List<OpinionThread> ofRun(long runId) {
        return threads(jdbc.query(SELECT + " WHERE list_id IN (SELECT id FROM public_list WHERE run_id = ?) ORDER BY id",
                SupervisionOpinions::opinion, runId));
    }

    /**
     * What the council reads about a candidate of a run: the opinions on it and those on the run's
     * whole lists, with their answers, oldest first.
     */
    public List<OpinionThread> about(long runId, String subjectId, String award) {
        return ofRun(runId).stream().filter(t -> t.opinion().onList()
                || (t.opinion().subjectId().equals(subjectId) && t.opinion().award().equals(award))).toList();
    }

    private List<OpinionThread> threads(List<Opinion> opinions) {
        Map<Long, List<Answer>> byOpinion = answers.of(AnswerStore.Target.OPINION, opinions.stream().map(Opinion::id).toList());
        return opinions.stream().map(o -> new OpinionThread(o, byOpinion.getOrDefault(o.id(), List.of()))).toList();
    }

    private static Opinion opinion(ResultSet rs, int n) throws SQLException {
        return new Opinion(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getTimestamp(8).toInstant());
    }
}
