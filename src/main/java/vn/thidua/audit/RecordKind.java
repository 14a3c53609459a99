package vn.thidua.audit;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import vn.thidua.audit.RunColumns.Column;
import vn.thidua.audit.RunColumns.Kind;

/**
 * The kinds of record sealed in the record chain, each with the rows that make it up: one part per
 * table, the columns its seal covers, and the order of its rows. A record is named by its kind and
 * key; {@code listing} selects the key of every record of the kind that must be sealed, so that a
 * record written around the chain is found. Columns left out are named in a comment and why.
 */
public enum RecordKind {

    /**
     * A run's rankings under quota (key: the run id), sealed when the run is linked into the chain
     * (RunSealer), when it has any; a run waiting for its link has rankings not yet due for a seal. The
     * parts of a ranking too large for one value (V34) are a part of their own, hashed only when the run
     * has any: a record sealed before they existed verifies as before, and removing them all is named.
     */
    RANKING(true, "SELECT DISTINCT run_id FROM evaluation_ranking k WHERE NOT EXISTS (SELECT 1 FROM evaluation_run_seal s"
            + " WHERE s.run_id = k.run_id AND s.chain_seq IS NULL)",
            part("evaluation_ranking", "run_id = ?", "seq", number("seq"), text("award"), text("unit_code"),
                    text("ranking_json")),
            new Part("evaluation_ranking_part", "run_id = ?", "seq, part", List.of(number("seq"), number("part"),
                    text("content")), true)),

    /** A council schedule once its solve has ended (DONE, STOPPED or FAILED): a solving schedule's row still changes. */
    SCHEDULE(true, "SELECT id FROM council_schedule WHERE status <> 'SOLVING'",
            part("council_schedule", "id = ?", "id", text("status"), number("source_run_id"), datetime("created_at"),
                    datetime("updated_at"), text("request_json"), text("result_json"), text("score"), bool("feasible"),
                    text("error"))),

    /** A rule-set version stored whole, a draft or an activated one (key: the version): its row and every file. */
    RULE_SET_VERSION(false, "SELECT version FROM rule_set_version",
            part("rule_set_version", "version = ?", "version", datetime("stored_at"), datetime("activated_at"),
                    text("reason"), text("activated_by"), number("file_count")),
            part("rule_set_file", "version = ?", "path", text("path"), text("sha256"), text("encoding"), text("content"))),

    /** A population impact report of a draft. */
    IMPACT_REPORT(true, "SELECT id FROM rule_set_impact_report",
            part("rule_set_impact_report", "id = ?", "id", text("draft_version"), text("base_version"),
                    number("base_run_id"), text("source"), datetime("created_at"), text("created_by"), text("report_json"),
                    text("report_sha256"))),

    /** The acknowledgement of an impact report (key: the report id). */
    IMPACT_ACKNOWLEDGEMENT(true, "SELECT report_id FROM rule_set_impact_acknowledgement",
            part("rule_set_impact_acknowledgement", "report_id = ?", "report_id", datetime("acknowledged_at"),
                    text("acknowledged_by"), text("note"))),

    /**
     * An entry of the activation log. rule_set_active, the pointer at the newest entry, changes with
     * every activation and is not sealed: verification checks that it points at the newest sealed one.
     */
    ACTIVATION(true, "SELECT id FROM rule_set_activation",
            part("rule_set_activation", "id = ?", "id", text("kind"), text("version"), text("previous_version"),
                    number("impact_report_id"), datetime("activated_at"), text("activated_by"), text("reason"))),

    /**
     * A list published for public comment, with where and from when it was posted (V22: optional, so a
     * list sealed before they existed verifies as before).
     */
    PUBLIC_LIST(true, "SELECT id FROM public_list",
            part("public_list", "id = ?", "id", number("run_id"), text("title"), date("opens_on"), date("closes_on"),
                    text("created_by"), datetime("created_at"), new Column("posting_places", Kind.TEXT, true),
                    new Column("posted_from", Kind.DATE, true))),

    /**
     * A public comment as received. Its {@code status} column is not covered: it keeps the OPEN it was
     * received with, and the comment's status is that of its newest answer, sealed as {@link #ANSWER}.
     */
    PUBLIC_COMMENT(true, "SELECT id FROM public_comment",
            part("public_comment", "id = ?", "id", number("list_id"), text("subject_id"), text("award"),
                    text("author_name"), text("contact"), text("body"), datetime("created_at"))),

    /**
     * One version of the secretariat's answer to a public comment or a supervision opinion, with the
     * status it gives it (answered, resolved, forwarded). A later answer is a new row with the next seq: no
     * version is ever changed, so a changed text or status, a deleted or an inserted version is named.
     */
    ANSWER(true, "SELECT id FROM consultation_answer",
            part("consultation_answer", "id = ?", "id", number("comment_id"), number("seq"), text("body"), text("status"),
                    text("answered_by"), datetime("answered_at"), new Column("opinion_id", Kind.NUMBER, true))),

    /**
     * A supervision opinion of the Fatherland Front on a list or one of its candidates, as filed; its
     * answers are {@link #ANSWER} records (with {@code opinion_id}, V25).
     */
    SUPERVISION_OPINION(true, "SELECT id FROM supervision_opinion",
            part("supervision_opinion", "id = ?", "id", number("list_id"), text("subject_id"), text("award"), text("body"),
                    text("filed_by"), text("filed_by_name"), datetime("filed_at"))),

    /** A council session with the members who sat or were absent and its ballot counts per dossier. */
    COUNCIL_SESSION(true, "SELECT id FROM council_session",
            part("council_session", "id = ?", "id", number("run_id"), number("schedule_id"), text("schedule_session"),
                    number("supersedes_id"), date("held_on"), text("starts_at"), text("place"), text("council_name"),
                    number("council_size"), text("chair_member_id"), text("secretary_member_id"), text("note"),
                    text("recorded_by"), datetime("recorded_at")),
            part("council_session_member", "session_id = ?", "seq", number("seq"), text("member_id"), text("name"),
                    text("position"), text("unit_code"), text("person_id"), text("attendance")),
            part("council_ballot", "session_id = ?", "seq", number("seq"), text("subject_id"), text("subject_kind"),
                    text("award"), number("agree"), number("disagree"), number("invalid"), text("recused"),
                    number("denominator"), decimal("percent"), decimal("threshold"), text("outcome"), text("result_json"))),

    /** A draft decision with its list of entries. */
    AWARD_DECISION(true, "SELECT id FROM award_decision",
            part("award_decision", "id = ?", "id", number("run_id"), text("authority_vi"), text("authority_en"),
                    text("authority_citation"), text("authority_review"), date("drafted_on"), number("base_salary"),
                    text("base_salary_ref"), number("total_bonus"), text("drafted_by"), datetime("drafted_at")),
            part("award_decision_entry", "decision_id = ?", "seq", number("seq"), text("subject_group"),
                    text("subject_id"), text("subject_name"), text("unit_code"), text("unit_name"), text("award"),
                    number("award_year"), number("session_id"), number("ballot_seq"), decimal("bonus_coefficient"),
                    number("bonus_amount"), text("bonus_ref"))),

    /** The signature of a decision as recorded when the signed decision came back (key: the decision id). */
    AWARD_DECISION_SIGNATURE(true, "SELECT decision_id FROM award_decision_signature",
            part("award_decision_signature", "decision_id = ?", "decision_id", text("decision_number"),
                    date("signed_on"), text("signer"), text("recorded_by"), datetime("recorded_at"))),

    /** A conferred title or commendation in the register. */
    REGISTER_ENTRY(true, "SELECT id FROM register_entry",
            part("register_entry", "id = ?", "id", text("subject_id"), text("subject_kind"), text("subject_name"),
                    text("unit_code"), text("award"), number("award_year"), text("decision_number"),
                    date("decision_date"), text("authority"), text("source"), number("decision_id"),
                    number("entry_seq"), text("recorded_by"), datetime("recorded_at"))),

    /** The revocation of a register entry. */
    REGISTER_REVOCATION(true, "SELECT id FROM register_revocation",
            part("register_revocation", "id = ?", "id", number("entry_id"), text("reason"), text("decision_number"),
                    date("decision_date"), text("authority"), text("recorded_by"), datetime("recorded_at")));

    /**
     * The rows of one table of a record: {@code where} selects them by the record's key (one "?"),
     * {@code orderBy} names the column that orders them. Rows ordered by a text column are sorted
     * here, not by the database's collation, so H2 and MySQL/MariaDB hash them alike. A part
     * {@code onlyWithRows} is left out of the record's hash when it has no row (a table added to a kind
     * after records of it were sealed).
     */
    record Part(String table, String where, String orderBy, List<Column> columns, boolean onlyWithRows) {

        String select() {
            return "SELECT " + RunColumns.names(columns) + " FROM " + table + " WHERE " + where + " ORDER BY " + orderBy;
        }

        /** The index of the order column among the covered columns when it is text (sorted in Java), else -1. */
        int textOrderIndex() {
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).name().equals(orderBy) && columns.get(i).kind() == Kind.TEXT) {
                    return i;
                }
            }
            return -1;
        }
    }

    private final boolean numericKey;
    private final String listing;
    private final List<Part> parts;

    RecordKind(boolean numericKey, String listing, Part... parts) {
        this.numericKey = numericKey;
        this.listing = listing;
        this.parts = List.of(parts);
    }

    /** The kind by its name, in any letter case; an unknown name is refused with the known ones. */
    public static RecordKind named(String name) {
        if (name != null) {
            for (RecordKind kind : values()) {
                if (kind.name().equals(name.strip().toUpperCase(Locale.ROOT))) {
                    return kind;
                }
            }
        }
        throw new IllegalArgumentException("unknown record kind " + name + "; known: "
                + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")));
    }

    /** Whether keys are numbers (ids), compared and bound as such; otherwise text (a rule-set version). */
    boolean numericKey() {
        return numericKey;
    }

    String listing() {
        return listing;
    }

    List<Part> parts() {
        return parts;
    }

    /** The key as bound to the parts' "?": a number for an id, checked. */
    Object bind(String key) {
        if (!numericKey) {
            return key;
        }
        try {
            return Long.parseLong(key);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the key of a " + name() + " record is a number, not " + key);
        }
    }

    private static Part part(String table, String where, String orderBy, Column... columns) {
        return new Part(table, where, orderBy, List.of(columns), false);
    }

    private static Column text(String name) {
        return new Column(name, Kind.TEXT, false);
    }

    private static Column number(String name) {
        return new Column(name, Kind.NUMBER, false);
    }

    private static Column decimal(String name) {
        return new Column(name, Kind.DECIMAL, false);
    }

    private static Column bool(String name) {
        return new Column(name, Kind.BOOL, false);
    }

    private static Column date(String name) {
        return new Column(name, Kind.DATE, false);
    }

    private static Column datetime(String name) {
        return new Column(name, Kind.DATETIME, false);
    }
}
