package vn.thidua.history;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.Commendation;
import vn.thidua.dossier.SubjectKind;
import vn.thidua.dossier.Title;
import vn.thidua.eligibility.Text;
import vn.thidua.eligibility.Warning;

/**
 * The warnings of request-and-result.md §3.7 for a difference between the request and the register
 * (§6.6), built here only: each names what the request says and what the register says, with the
 * awards by their names in the rule set (the code where the rule set does not name it).
 */
final class RegisterWarnings {

    static final String TITLE_ADDED = "REGISTER_TITLE_ADDED";
    static final String COMMENDATION_ADDED = "REGISTER_COMMENDATION_ADDED";
    static final String DECISION_DIFFERS = "REGISTER_DECISION_DIFFERS";
    static final String REVOKED = "REGISTER_REVOKED";
    static final String NOT_FOUND = "REGISTER_NOT_FOUND";
    static final String KIND_DIFFERS = "REGISTER_SUBJECT_KIND_DIFFERS";

    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** Warnings that name awards by their codes only. */
    static final RegisterWarnings BY_CODE = new RegisterWarnings(award -> null);

    private final Function<AwardCode, Text> names;

    /** @param names an award's name in Vietnamese and English, or null where none is known */
    RegisterWarnings(Function<AwardCode, Text> names) {
        this.names = names;
    }

    private String vi(AwardCode award) {
        Text name = names.apply(award);
        return name == null ? award.name() : "“" + name.vi() + "”";
    }

    private String en(AwardCode award) {
        Text name = names.apply(award);
        return name == null ? award.name() : "“" + name.en() + "”";
    }

    Warning titleAdded(RegisteredAward entry) {
        return new Warning(TITLE_ADDED,
                "Sổ khen thưởng ghi danh hiệu " + vi(entry.award()) + " năm " + entry.year() + " (" + decisionVi(entry)
                        + "), hồ sơ không ghi: danh hiệu được bổ sung theo sổ.",
                "The register holds the title " + en(entry.award()) + " for " + entry.year() + " (" + decisionEn(entry)
                        + "), which the request does not list: it was added from the register.");
    }

    Warning commendationAdded(RegisteredAward entry) {
        return new Warning(COMMENDATION_ADDED,
                "Sổ khen thưởng ghi hình thức khen thưởng " + vi(entry.award()) + " năm " + entry.year() + " (" + decisionVi(entry)
                        + "), hồ sơ không ghi: được bổ sung theo sổ.",
                "The register holds the commendation " + en(entry.award()) + " for " + entry.year() + " (" + decisionEn(entry)
                        + "), which the request does not list: it was added from the register.");
    }

    Warning titleDecisionDiffers(Title title, RegisteredAward entry) {
        return new Warning(DECISION_DIFFERS,
                "Danh hiệu " + vi(title.code()) + " năm " + title.year() + ": hồ sơ ghi quyết định " + ref(title.decisionRef(), "(không ghi)")
                        + ", sổ khen thưởng ghi " + decisionVi(entry) + "; lấy theo sổ.",
                "Title " + en(title.code()) + " for " + title.year() + ": the request gives decision "
                        + ref(title.decisionRef(), "(none)") + ", the register " + decisionEn(entry) + "; the register's is used.");
    }

    Warning commendationDecisionDiffers(Commendation commendation, RegisteredAward entry) {
        return new Warning(DECISION_DIFFERS,
                "Khen thưởng " + vi(commendation.code()) + " năm " + entry.year() + ": hồ sơ ghi quyết định "
                        + ref(commendation.decisionRef(), "(không ghi)") + " ngày " + date(commendation.date(), "(không ghi)")
                        + ", sổ khen thưởng ghi " + decisionVi(entry) + "; lấy theo sổ.",
                "Commendation " + en(commendation.code()) + " for " + entry.year() + ": the request gives decision "
                        + ref(commendation.decisionRef(), "(none)") + " of " + date(commendation.date(), "(no date)")
                        + ", the register " + decisionEn(entry) + "; the register's is used.");
    }

    Warning revoked(AwardCode award, String requestYear, String requestRef, RegisteredAward entry) {
        RegisteredAward.Revocation r = entry.revocation();
        return new Warning(REVOKED,
                "Hồ sơ ghi " + vi(award) + " năm " + requestYear + " (quyết định " + ref(requestRef, "không ghi") + "), sổ khen thưởng ghi "
                        + decisionVi(entry) + " đã bị thu hồi theo Quyết định số " + r.decisionNumber() + " ngày "
                        + date(r.decisionDate(), "") + " (" + r.reason() + "): không được tính.",
                "The request lists " + en(award) + " for " + requestYear + " (decision " + ref(requestRef, "not given")
                        + "); the register holds " + decisionEn(entry) + ", revoked by decision " + r.decisionNumber() + " of "
                        + date(r.decisionDate(), "") + " (" + r.reason() + "): it is not counted.");
    }

    Warning notFound(AwardCode award, int year, String requestRef) {
        return new Warning(NOT_FOUND,
                "Hồ sơ ghi " + vi(award) + " năm " + year + " (quyết định " + ref(requestRef, "không ghi")
                        + "), sổ khen thưởng có các khen thưởng năm " + year + " của đối tượng theo quyết định ghi trong ứng dụng"
                        + " nhưng không có khen thưởng này: vẫn tính theo hồ sơ, đề nghị kiểm tra.",
                "The request lists " + en(award) + " for " + year + " (decision " + ref(requestRef, "not given")
                        + "); the register holds this subject's awards of " + year + " from decisions recorded in this application,"
                        + " but not this one: it is counted as the request says; please check.");
    }

    Warning kindDiffers(SubjectKind requested, RegisteredAward entry) {
        return new Warning(KIND_DIFFERS,
                "Mã " + entry.subjectId() + " là " + requested + " trong hồ sơ nhưng là " + entry.subjectKind()
                        + " trong sổ khen thưởng (" + vi(entry.award()) + " năm " + entry.year() + "): mục này của sổ không được dùng.",
                "The id " + entry.subjectId() + " is a " + requested + " in the request but a " + entry.subjectKind()
                        + " in the register (" + en(entry.award()) + " for " + entry.year() + "): that register entry is not used.");
    }

    private static String decisionVi(RegisteredAward entry) {
        return "Quyết định số " + entry.decisionNumber() + " ngày " + date(entry.decisionDate(), "") + " của " + entry.authority();
    }

    private static String decisionEn(RegisteredAward entry) {
        return "decision " + entry.decisionNumber() + " of " + date(entry.decisionDate(), "") + " by " + entry.authority();
    }

    private static String ref(String value, String none) {
        return value == null ? none : value;
    }

    private static String date(LocalDate value, String none) {
        return value == null ? none : value.format(DAY_FIRST);
    }
}
