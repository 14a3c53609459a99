package vn.thidua.ranking;

import java.util.List;

import vn.thidua.dossier.PriorityGroup;
import vn.thidua.dossier.SubjectKind;
import vn.thidua.eligibility.EligibilityDecision;
import vn.thidua.eligibility.Text;

/** Every sentence a ranking says, in Vietnamese and English, built from structured fields: the only place for ranking texts. */
final class RankingTexts {

    /** A phrase about candidates: Vietnamese, and English for one ("is …") and for several ("are …"). */
    private record Phrase(String vi, String enOne, String enMany) {
    }

    private RankingTexts() {
    }

    static Text everyoneFits(int places, int rank) {
        return new Text("trong chỉ tiêu " + places + " suất; xếp thứ " + rank + "; mọi ứng viên đủ điều kiện đều được chọn",
                "within the quota of " + places + "; ranked " + ordinal(rank) + "; every eligible candidate is selected");
    }

    static Text within(int places, int rank) {
        return new Text("trong chỉ tiêu " + places + " suất; xếp thứ " + rank,
                "within the quota of " + places + "; ranked " + ordinal(rank));
    }

    static Text aheadOf(int places, int rank, Candidate self, Candidate firstOut, Step step, boolean sameScore) {
        Phrase why = phrase(step, List.of(self));
        return new Text("trong chỉ tiêu " + places + " suất; xếp thứ " + rank + ", trên ứng viên đầu tiên ngoài chỉ tiêu ("
                + firstOut.subjectId() + ") vì " + (sameScore ? "cùng điểm nhưng " : "") + why.vi() + scores(step, self, firstOut, true),
                "within the quota of " + places + "; ranked " + ordinal(rank) + ", ahead of " + firstOut.subjectId()
                + ", the first candidate outside the quota, because" + (sameScore ? ", with the same score," : "")
                + " this candidate " + why.enOne() + scores(step, self, firstOut, false));
    }

    static Text promoted(int rank, PriorityGroup group, int minShare, int taken, int required) {
        return new Text("được chọn theo tỷ lệ dành cho " + groupVi(group) + " (ít nhất " + minShare + "% của " + taken
                + " suất, tức " + required + " suất); xếp thứ " + rank,
                "selected under the share reserved for " + groupEn(group) + " (at least " + minShare + "% of " + taken
                + " places, that is " + required + "); ranked " + ordinal(rank));
    }

    static Text gaveWay(int places, int rank, Candidate promoted, PriorityGroup group) {
        return new Text("xếp thứ " + rank + ", trong chỉ tiêu " + places + " suất theo thứ hạng, nhưng nhường suất cho "
                + promoted.subjectId() + " được chọn theo tỷ lệ dành cho " + groupVi(group),
                "ranked " + ordinal(rank) + ", within the quota of " + places + " by rank, but gave way to "
                + promoted.subjectId() + ", selected under the share reserved for " + groupEn(group));
    }

    static Text after(int places, int rank, Candidate self, List<Candidate> ahead, Step step, boolean sameScore) {
        Phrase why = phrase(step, ahead);
        int k = ahead.size();
        return new Text("ngoài chỉ tiêu " + places + " suất; xếp thứ " + rank + " sau " + k + " ứng viên "
                + (sameScore ? "cùng điểm nhưng " : "") + why.vi() + scores(step, self, null, true),
                "outside the quota of " + places + "; ranked " + ordinal(rank) + " after " + (k == 1 ? "one candidate" : k + " candidates")
                + (sameScore ? " with the same score" : "") + " who " + (k == 1 ? why.enOne() : why.enMany()) + scores(step, self, null, false));
    }

    static Text belowCutoff(int places, int rank, Candidate self, Candidate last, Step step, boolean sameScore) {
        Phrase why = phrase(step, List.of(last));
        return new Text("ngoài chỉ tiêu " + places + " suất; xếp thứ " + rank + "; ứng viên cuối cùng được chọn ("
                + last.subjectId() + ") xếp trên vì " + (sameScore ? "cùng điểm nhưng " : "") + why.vi() + scores(step, last, self, true),
                "outside the quota of " + places + "; ranked " + ordinal(rank) + "; the last candidate selected, " + last.subjectId()
                + ", ranks ahead because" + (sameScore ? ", with the same score," : "") + " that candidate " + why.enOne()
                + scores(step, last, self, false));
    }

    static Text noPlaceLeft(int places, int rank) {
        return new Text("ngoài chỉ tiêu " + places + " suất; xếp thứ " + rank + "; không còn suất cho ứng viên xếp sau",
                "outside the quota of " + places + "; ranked " + ordinal(rank) + "; no place is left for candidates ranked this low");
    }

    static Text notRanked(EligibilityDecision decision) {
        String vi = String.join("; ", decision.missing().stream().map(Text::vi).toList());
        String en = String.join("; ", decision.missing().stream().map(Text::en).toList());
        String viMissing = vi.isEmpty() ? "" : " (" + vi + ")";
        String enMissing = en.isEmpty() ? "" : " (" + en + ")";
        return switch (decision.outcome()) {
            case DEFERRED -> new Text("chưa xét khen thưởng: còn vụ việc chưa kết thúc; xét lại khi vụ việc kết thúc",
                    "not ranked: the award is deferred while a proceeding is open; evaluate again when it closes");
            case INCOMPLETE -> new Text("chưa xét chọn: hồ sơ còn thiếu thông tin" + viMissing,
                    "not ranked: the dossier is incomplete" + enMissing);
            default -> new Text("không được chọn: không đủ điều kiện, tiêu chuẩn" + viMissing,
                    "not selectable: not eligible" + enMissing);
        };
    }

    static Text honoured(PriorityGroup group, int required, int selected) {
        return new Text(selected + " ứng viên được chọn thuộc nhóm " + groupVi(group) + ", đủ " + required + " suất dành riêng",
                selected + " selected " + (selected == 1 ? "candidate" : "candidates") + " among " + groupEn(group)
                + ", at least the " + required + " reserved");
    }

    static Text tooFewEligible(PriorityGroup group, int eligible, int required) {
        return new Text("chỉ có " + eligible + " ứng viên đủ điều kiện thuộc nhóm " + groupVi(group) + " cho " + required + " suất dành riêng",
                "only " + eligible + " eligible " + adjective(group) + " " + (eligible == 1 ? "candidate" : "candidates")
                + " for " + required + " reserved " + (required == 1 ? "place" : "places"));
    }

    static Text noPlaceToGive(PriorityGroup group, int selected, int required) {
        return new Text("chỉ " + selected + " trong " + required + " suất dành cho " + groupVi(group)
                + " được đáp ứng: không ứng viên được chọn nào khác có thể nhường suất mà không làm thiếu tỷ lệ dành riêng khác",
                "only " + selected + " of the " + required + " places reserved for " + groupEn(group)
                + " are filled: no other selected candidate can give way without breaking another reserved share");
    }

    private static String scores(Step step, Candidate first, Candidate second, boolean vi) {
        if (step != Step.MERIT && step != Step.WEIGHTED_SCORE) {
            return "";
        }
        if (second == null) {
            return vi ? " (ứng viên này " + first.score() + " điểm)" : " (this candidate: " + first.score() + ")";
        }
        return " (" + first.score() + (vi ? " so với " : " against ") + second.score() + ")";
    }

    private static Phrase phrase(Step step, List<Candidate> about) {
        return switch (step) {
            case STATUTORY_PRIORITY -> about.stream().allMatch(c -> c.in(PriorityGroup.DIRECT_PRODUCER))
                    ? new Phrase("là người trực tiếp lao động, sản xuất, kinh doanh", "is a direct producer", "are direct producers")
                    : about.stream().allMatch(c -> c.in(PriorityGroup.DIFFICULT_AREA))
                    ? new Phrase("công tác ở vùng đặc biệt khó khăn, biên giới, hải đảo",
                            "works in an especially difficult, border or island area", "work in especially difficult, border or island areas")
                    : new Phrase("là người trực tiếp lao động, sản xuất, kinh doanh hoặc công tác ở vùng đặc biệt khó khăn, biên giới, hải đảo",
                            "is a direct producer or works in an especially difficult, border or island area",
                            "are direct producers or work in especially difficult, border or island areas");
            case GRASSROOTS_NOT_LEADER -> new Phrase("công tác ở cơ sở và không giữ chức vụ lãnh đạo",
                    "works at the grassroots and is not a leader", "work at the grassroots and are not leaders");
            case ETHNIC_MINORITY -> new Phrase("là người dân tộc thiểu số", "belongs to an ethnic minority", "belong to ethnic minorities");
            case MERIT -> new Phrase("có điểm thành tích cao hơn", "has a higher merit score", "have higher merit scores");
            case FEMALE -> about.stream().allMatch(c -> c.kind() == SubjectKind.INDIVIDUAL)
                    ? new Phrase("là nữ", "is a woman", "are women")
                    : new Phrase("là nữ hoặc tập thể có từ 70% nữ trở lên", "is a woman or a collective with at least 70% women",
                            "are women or collectives with at least 70% women");
            case WEIGHTED_SCORE -> new Phrase("có tổng điểm ưu tiên và thành tích cao hơn", "has a higher weighted score",
                    "have higher weighted scores");
            case SUBJECT_ID -> new Phrase("ngang nhau ở mọi bước nhưng có mã hồ sơ đứng trước",
                    "ties at every step but has an earlier subject id", "tie at every step but have earlier subject ids");
        };
    }

    private static String groupVi(PriorityGroup group) {
        return switch (group) {
            case DIRECT_PRODUCER -> "người trực tiếp lao động, sản xuất, kinh doanh";
            case ETHNIC_MINORITY -> "người dân tộc thiểu số";
            case GRASSROOTS -> "người công tác ở cơ sở, không giữ chức vụ lãnh đạo";
            case FEMALE -> "nữ";
            case DIFFICULT_AREA -> "ứng viên ở vùng đặc biệt khó khăn, biên giới, hải đảo";
        };
    }

    private static String groupEn(PriorityGroup group) {
        return switch (group) {
            case DIRECT_PRODUCER -> "direct producers";
            case ETHNIC_MINORITY -> "ethnic minorities";
            case GRASSROOTS -> "grassroots workers who are not leaders";
            case FEMALE -> "women";
            case DIFFICULT_AREA -> "candidates in especially difficult, border and island areas";
        };
    }

    private static String adjective(PriorityGroup group) {
        return switch (group) {
            case DIRECT_PRODUCER -> "direct-producer";
            case ETHNIC_MINORITY -> "ethnic-minority";
            case GRASSROOTS -> "grassroots";
            case FEMALE -> "female";
            case DIFFICULT_AREA -> "difficult-area";
        };
    }

    static String ordinal(int n) {
        String suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
