package vn.thidua.consultation;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.thidua.audit.RecordKind;
import vn.thidua.audit.RecordSeals;

/** Publishes lists for comment and takes comments while a list's window is open. */
@Service
public class Consultations {

    private static final String LIST = "id, run_id, title, opens_on, closes_on, posting_places, posted_from";
    // A comment's status is its newest answer's (sealed, V24), OPEN while it has none; public_comment.status is left as received.
    private static final String COMMENT = "SELECT c.id, c.list_id, c.subject_id, c.award, c.author_name, c.contact, c.body,"
            + " COALESCE((SELECT a.status FROM consultation_answer a WHERE a.comment_id = c.id AND a.seq ="
            + " (SELECT MAX(b.seq) FROM consultation_answer b WHERE b.comment_id = c.id)), 'OPEN'), c.created_at"
            + " FROM public_comment c";
    private static final int PLACES = 1000;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final RecordSeals seals;
    private final TransactionTemplate transactions;

    Consultations(JdbcTemplate jdbc, Clock clock, RecordSeals seals, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.seals = seals;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Publishes a stored run's list, posted on the public page only, from its opening day; see the full form. */
    public PublicList publish(long runId, String title, LocalDate opensOn, LocalDate closesOn, String username) {
        return publish(runId, title, opensOn, closesOn, null, null, username);
    }

    /**
     * Publishes a stored run's list, sealed in the audit record chain as it is written.
     *
     * @param postingPlaces where the list is posted (niêm yết), e.g. "Trụ sở UBND xã, nhà văn hóa thôn 1";
     *        null or blank: on this application's public page only
     * @param postedFrom the day the posting started, which its posting period is counted from; null: {@code opensOn}
     * @throws ConsultationException naming the field, when a value is missing or out of range
     */
    public PublicList publish(long runId, String title, LocalDate opensOn, LocalDate closesOn, String postingPlaces,
            LocalDate postedFrom, String username) {
        if (title == null || title.isBlank() || title.length() > 300) {
            throw new ConsultationException("title", "Nhập tiêu đề (tối đa 300 ký tự)", "Enter a title (at most 300 characters)");
        }
        if (opensOn == null || closesOn == null || closesOn.isBefore(opensOn)) {
            throw new ConsultationException("closesOn", "Ngày kết thúc phải sau hoặc bằng ngày bắt đầu",
                    "The closing date must be on or after the opening date");
        }
        String places = postingPlaces == null || postingPlaces.isBlank() ? null : postingPlaces.strip();
        if (places != null && places.length() > PLACES) {
            throw new ConsultationException("postingPlaces", "Nơi niêm yết dài quá " + PLACES + " ký tự",
                    "The places of posting are longer than " + PLACES + " characters");
        }
        LocalDate from = postedFrom == null ? opensOn : postedFrom;
        if (from.isAfter(closesOn)) {
            throw new ConsultationException("postedFrom", "Ngày bắt đầu niêm yết (" + DAY.format(from)
                    + ") phải trước hoặc bằng ngày kết thúc (" + DAY.format(closesOn) + ")",
                    "The posting start (" + DAY.format(from) + ") must be on or before the closing date (" + DAY.format(closesOn) + ")");
        }
        long id = transactions.execute(status -> insertList(runId, title, opensOn, closesOn, places, from, username));
        return find(id).orElseThrow();
    }

    private long insertList(long runId, String title, LocalDate opensOn, LocalDate closesOn, String places, LocalDate postedFrom,
            String username) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var s = c.prepareStatement("INSERT INTO public_list (run_id, title, opens_on, closes_on, created_by, created_at,"
                    + " posting_places, posted_from) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
            s.setLong(1, runId);
            s.setString(2, title.strip());
            s.setDate(3, Date.valueOf(opensOn));
            s.setDate(4, Date.valueOf(closesOn));
            s.setString(5, username);
            s.setTimestamp(6, Timestamp.from(clock.instant()));
            s.setString(7, places);
            s.setDate(8, Date.valueOf(postedFrom));
            return s;
        }, key);
        long id = key.getKey().longValue();
        seals.seal(RecordKind.PUBLIC_LIST, id);
        return id;
    }

    public Optional<PublicList> find(long id) {
        return jdbc.query("SELECT " + LIST + " FROM public_list WHERE id = ?", Consultations::list, id)
                .stream().findFirst();
    }

    /** Lists whose window has not closed yet, soonest closing first. */
    public List<PublicList> current() {
        return jdbc.query("SELECT " + LIST + " FROM public_list WHERE closes_on >= ?"
                + " ORDER BY closes_on, id", Consultations::list, Date.valueOf(today()));
    }

    public List<PublicList> ofRun(long runId) {
        return jdbc.query("SELECT " + LIST + " FROM public_list WHERE run_id = ? ORDER BY id",
                Consultations::list, runId);
    }

    /**
     * Takes a comment on a candidate of the list, only while the list is open; it is sealed in the
     * audit record chain as received. It is open until the secretariat answers it ({@link CommentAnswers}).
     */
    public void comment(PublicList list, String subjectId, String award, String authorName, String contact, String body) {
        if (!list.openOn(today())) {
            throw new ConsultationException("list", "Danh sách không còn nhận góp ý (" + list.opensOn() + " – " + list.closesOn() + ")",
                    "The list does not take comments now (" + list.opensOn() + " – " + list.closesOn() + ")");
        }
        require("authorName", authorName, 200, "Họ tên", "Your name");
        require("body", body, 4000, "Nội dung góp ý", "The comment");
        if (contact != null && contact.length() > 200) {
            throw new ConsultationException("contact", "Liên hệ dài quá 200 ký tự", "The contact is longer than 200 characters");
        }
        transactions.executeWithoutResult(status -> {
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.update(c -> {
                var s = c.prepareStatement("INSERT INTO public_comment (list_id, subject_id, award, author_name, contact, body,"
                        + " status, created_at) VALUES (?, ?, ?, ?, ?, ?, 'OPEN', ?)", new String[] {"id"});
                s.setLong(1, list.id());
                s.setString(2, subjectId);
                s.setString(3, award);
                s.setString(4, authorName.strip());
                s.setString(5, contact == null || contact.isBlank() ? null : contact.strip());
                s.setString(6, body.strip());
                s.setTimestamp(7, Timestamp.from(clock.instant()));
                return s;
            }, key);
            seals.seal(RecordKind.PUBLIC_COMMENT, key.getKey().longValue());
        });
    }

    /**
     * Comments on a subject's candidacy for an award in any of one run's lists, oldest first. Subject
     * ids are unique only within a request, so another run's "CN-0001" is another person.
     */
    public List<PublicComment> about(long runId, String subjectId, String award) {
        return jdbc.query(COMMENT + " JOIN public_list l ON l.id = c.list_id"
                + " WHERE l.run_id = ? AND c.subject_id = ? AND c.award = ? ORDER BY c.id", Consultations::comment, runId, subjectId, award);
    }

    /**
     * Comments on a subject id's candidacy for an award in the lists of every run, oldest first: for a
     * schedule, whose dossiers do not name their run. Prefer {@link #about(long, String, String)}.
     */
    public List<PublicComment> about(String subjectId, String award) {
        return jdbc.query(COMMENT + " WHERE c.subject_id = ? AND c.award = ? ORDER BY c.id", Consultations::comment, subjectId, award);
    }

    /** The comments on a list, oldest first. */
    public List<PublicComment> onList(long listId) {
        return jdbc.query(COMMENT + " WHERE c.list_id = ? ORDER BY c.id", Consultations::comment, listId);
    }

    /** A comment by its id, or empty when none has it. */
    public Optional<PublicComment> comment(long id) {
        return jdbc.query(COMMENT + " WHERE c.id = ?", Consultations::comment, id).stream().findFirst();
    }

    /** Lists whose window has closed, most recently closed first, at most {@code limit}: the public page keeps them. */
    public List<PublicList> closed(int limit) {
        return jdbc.query("SELECT " + LIST + " FROM public_list WHERE closes_on < ? ORDER BY closes_on DESC, id DESC LIMIT "
                + Math.max(1, limit), Consultations::list, Date.valueOf(today()));
    }

    private static void require(String field, String value, int max, String vi, String en) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw new ConsultationException(field, vi + ": bắt buộc, tối đa " + max + " ký tự", en + ": required, at most " + max + " characters");
        }
    }

    private static PublicList list(ResultSet rs, int n) throws SQLException {
        Date postedFrom = rs.getDate(7);
        return new PublicList(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getDate(4).toLocalDate(), rs.getDate(5).toLocalDate(),
                rs.getString(6), postedFrom == null ? null : postedFrom.toLocalDate());
    }

    private static PublicComment comment(ResultSet rs, int n) throws SQLException {
        return new PublicComment(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getTimestamp(9).toInstant());
    }
}
