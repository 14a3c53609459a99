package vn.thidua.council;

import java.math.BigDecimal;
import java.math.RoundingMode;

import vn.thidua.eligibility.Text;

/** The sentences of a council result, built in one place from its fields, in Vietnamese and English. */
final class ResultTexts {

    private ResultTexts() {
    }

    static Text of(VoteRule rule, CouncilVote.Count count, int agree, boolean approved) {
        String pctVi = percent(count.percent(), ',');
        String pctEn = percent(count.percent(), '.');
        String thresholdVi = (rule.comparison() == VoteRule.Comparison.AT_LEAST ? "từ " + percent(rule.percent(), ',') + "% trở lên"
                : "quá " + percent(rule.percent(), ',') + "%") + (rule.denominator() == VoteRule.Denominator.TOTAL_MEMBERS
                        ? " tổng số thành viên Hội đồng" : " số thành viên dự họp và cho ý kiến bằng văn bản");
        String thresholdEn = (rule.comparison() == VoteRule.Comparison.AT_LEAST ? "at least " : "more than ")
                + percent(rule.percent(), '.') + "% of " + (rule.denominator() == VoteRule.Denominator.TOTAL_MEMBERS
                        ? "all council members" : "the members present or voting in writing");
        String cited = rule.citation() == null || rule.citation().title() == null ? "" : " (" + rule.citation().title() + ")";
        if (!count.quorumMet()) {
            return new Text("Không được thông qua: phiên họp không đủ túc số (cần " + count.quorumRequired()
                    + " thành viên có mặt)" + cited + ".",
                    "Not approved: the session had no quorum (" + count.quorumRequired() + " members present needed)" + cited + ".");
        }
        String vi = (approved ? "Được thông qua: " : "Không được thông qua: ") + agree + "/" + count.denominator()
                + " phiếu đồng ý (" + pctVi + "%), " + (approved ? "đạt" : "không đạt") + " tỷ lệ " + thresholdVi + cited + ".";
        String en = (approved ? "Approved: " : "Not approved: ") + agree + " of " + count.denominator() + " agree (" + pctEn
                + "%), " + (approved ? "meeting" : "short of") + " " + thresholdEn + cited + ".";
        return new Text(vi, en);
    }

    /** A percentage with at most two decimals and no trailing zeros: 80, 66,67 / 66.67. */
    static String percent(BigDecimal value, char separator) {
        BigDecimal shown = value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        String text = shown.scale() < 0 ? shown.setScale(0).toPlainString() : shown.toPlainString();
        return separator == '.' ? text : text.replace('.', separator);
    }
}
