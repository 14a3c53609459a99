package vn.thidua.consultation;

import static vn.thidua.consultation.ConsultationException.Reason.FORBIDDEN;
import static vn.thidua.consultation.ConsultationException.Reason.NOT_FOUND;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.thidua.accounts.Account;
import vn.thidua.accounts.Role;
import vn.thidua.evaluation.RunAccess;

/**
 * The secretariat's answers to public comments: each answer is a sealed version, a later one
 * supersedes it and both are kept; the newest gives the comment its status. Comments are never
 * deleted, answers never changed. A refusal names its field in Vietnamese and English and stores nothing.
 */
@Service
public class CommentAnswers {

    /** The longest answer, in characters: as long as the longest comment. */
    public static final int LIMIT = 4000;

    private final Consultations consultations;
    private final AnswerStore store;
    private final RunAccess access;
    private final Clock clock;
    private final TransactionTemplate transactions;

    CommentAnswers(Consultations consultations, AnswerStore store, RunAccess access, Clock clock,
            PlatformTransactionManager transactionManager) {
        this.consultations = consultations;
        this.store = store;
        this.access = access;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Answers a comment of a list, or supersedes its current answer.
     *
     * @param listId the list the answering page shows; null: whichever list the comment is on
     * @param replaces the seq of the answer the secretariat saw as current, 0 or null when it saw none:
     *        an answer written meanwhile by someone else is not overwritten unseen
     * @throws ConsultationException naming {@code comment} (unknown, on another list, or on a list of
     *         none of the user's units), {@code body} (empty or over {@value #LIMIT} characters),
     *         {@code status} or {@code replaces} (the comment was answered meanwhile)
     */
    public CommentThread answer(Long listId, long commentId, String body, String status, Integer replaces, Account user) {
        PublicComment comment = answerable(listId, commentId, user);
        return write(comment, Answers.check(body, status, LIMIT), replaces == null ? 0 : replaces, user);
    }

    /**
     * Answers a comment as {@link #answer} does, the answer it supersedes named by its id (as the REST API
     * names it): null when the client saw none. An id that is no answer of this comment is refused naming
     * {@code replaces}; one that is not the newest is refused as answered meanwhile.
     */
    public CommentThread answerReplacing(Long listId, long commentId, String body, String status, Long replacesId, Account user) {
        PublicComment comment = answerable(listId, commentId, user);
        Answers.Checked checked = Answers.check(body, status, LIMIT);
        int seen = Answers.seqOf(store.of(AnswerStore.Target.COMMENT, List.of(commentId)).getOrDefault(commentId, List.of()),
                replacesId, "góp ý số " + commentId, "comment " + commentId);
        return write(comment, checked, seen, user);
    }

    // The comment, when it is on the list and the user may answer on that list.
    private PublicComment answerable(Long listId, long commentId, Account user) {
        PublicComment comment = consultations.comment(commentId).filter(c -> listId == null || c.listId() == listId)
                .orElseThrow(() -> new ConsultationException(NOT_FOUND, "comment", "Không có góp ý số " + commentId + " trong danh sách này",
                        "There is no comment " + commentId + " on this list"));
        PublicList list = consultations.find(comment.listId()).orElseThrow();
        if (!mayAnswer(user, list)) {
            throw new ConsultationException(FORBIDDEN, "comment", "Góp ý số " + commentId + " thuộc danh sách của đơn vị bạn không phụ trách:"
                    + " bạn không trả lời được", "Comment " + commentId + " is on a list of a unit you are not responsible for:"
                    + " you may not answer it");
        }
        return comment;
    }

    private CommentThread write(PublicComment comment, Answers.Checked checked, int seen, Account user) {
        long commentId = comment.id();
        try {
            transactions.executeWithoutResult(tx -> {
                int last = store.lastSeq(AnswerStore.Target.COMMENT, commentId);
                if (last != seen) {
                    throw Answers.answeredMeanwhile("Góp ý số " + commentId, "Comment " + commentId, last);
                }
                store.insert(AnswerStore.Target.COMMENT, commentId, last + 1, checked.body(), checked.status(), user.username(),
                        clock.instant());
            });
        } catch (DuplicateKeyException e) {
            throw Answers.answeredMeanwhile("Góp ý số " + commentId, "Comment " + commentId, seen + 1);
        }
        return thread(consultations.comment(commentId).orElseThrow());
    }

    /** Whether the user may answer on this list: the secretariat of one of its run's units, or an administrator. */
    public boolean mayAnswer(Account user, PublicList list) {
        return (user.has(Role.SECRETARIAT) || user.has(Role.ADMIN)) && access.sees(user, list.runId());
    }

    /** The comments on a list with every version of their answers, oldest first; {@code status} null: all. */
    public List<CommentThread> threads(long listId, CommentStatus status) {
        return threads(consultations.onList(listId)).stream().filter(t -> status == null || t.status() == status).toList();
    }

    /** How many comments of a list stand at each status, every status present (0 when none). */
    public Map<CommentStatus, Long> counts(long listId) {
        Map<CommentStatus, Long> counts = new EnumMap<>(CommentStatus.class);
        for (CommentStatus s : CommentStatus.values()) {
            counts.put(s, 0L);
        }
        consultations.onList(listId).forEach(c -> counts.merge(CommentStatus.valueOf(c.status()), 1L, Long::sum));
        return counts;
    }

    /** The comments on a list as the public sees them: no commenter's name or contact, the answer in force. */
    public List<PublicThread> publicThreads(long listId) {
        return threads(listId, null).stream().map(PublicThread::of).toList();
    }

    /** The comments on a candidate in a run's lists, with their answers, oldest first. */
    public List<CommentThread> about(long runId, String subjectId, String award) {
        return threads(consultations.about(runId, subjectId, award));
    }

    /** The comments on a subject id's candidacy in every run's lists (for a schedule not built from a run). */
    public List<CommentThread> about(String subjectId, String award) {
        return threads(consultations.about(subjectId, award));
    }

    /** Every version of the answers to these comments. */
    public List<CommentThread> threads(List<PublicComment> comments) {
        Map<Long, List<Answer>> answers = store.of(AnswerStore.Target.COMMENT, comments.stream().map(PublicComment::id).toList());
        return comments.stream().map(c -> new CommentThread(c, answers.getOrDefault(c.id(), List.of()))).toList();
    }

    private CommentThread thread(PublicComment comment) {
        return threads(List.of(comment)).get(0);
    }
}
