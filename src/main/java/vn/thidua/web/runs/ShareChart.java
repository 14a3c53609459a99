package vn.thidua.web.runs;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import vn.thidua.ranking.GroupShare;

/**
 * The priority groups' shares as an inline SVG bar chart: per group three bars, the share of
 * candidates, of the eligible and of the selected in that group, each 0–100 %. Every word on it is
 * in the page's language: groups and bars are named by the pages' texts ({@code group.*},
 * {@code rankings.*}), long group names wrap under their bars, and percentages are written as the
 * locale writes them ("33,3 %" in Vietnamese).
 */
record ShareChart(int width, int height, List<Bar> bars, List<Label> labels, List<Label> ticks) {

    /** A bar; {@code title} says what it shows ("Nữ – Đủ điều kiện: 33,3 % (2)"). */
    record Bar(int x, int y, int width, int height, String kind, String title) {
    }

    /** A text at a place, on one or more lines. */
    record Label(int x, int y, List<String> lines) {
    }

    private static final int GROUP_WIDTH = 150;
    private static final int BAR = 36;
    private static final int PLOT = 160;
    private static final int TOP = 10;
    private static final int LEFT = 40;
    private static final int LINE = 13;
    /** Characters that fit under a group's bars at the labels' font size. */
    private static final int LINE_CHARS = 22;

    /**
     * The chart of {@code shares}, with {@code text} giving the pages' text of a key
     * ({@code group.FEMALE}, {@code rankings.eligible}) in {@code locale}.
     */
    static ShareChart of(List<GroupShare> shares, Function<String, String> text, Locale locale) {
        NumberFormat percent = NumberFormat.getNumberInstance(locale);
        percent.setMaximumFractionDigits(1);
        List<Bar> bars = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        int lines = 1;
        for (int i = 0; i < shares.size(); i++) {
            GroupShare share = shares.get(i);
            String group = text.apply("group." + share.group().name());
            int x = LEFT + i * GROUP_WIDTH;
            bars.add(bar(x, share.candidatesPercent(), "candidates", share.candidates(), group, text, percent));
            bars.add(bar(x + BAR + 4, share.eligiblePercent(), "eligible", share.eligible(), group, text, percent));
            bars.add(bar(x + 2 * (BAR + 4), share.selectedPercent(), "selected", share.selected(), group, text, percent));
            List<String> wrapped = wrap(group);
            lines = Math.max(lines, wrapped.size());
            labels.add(new Label(x, TOP + PLOT + 18, wrapped));
        }
        List<Label> ticks = new ArrayList<>();
        for (int value : new int[] {0, 50, 100}) {
            ticks.add(new Label(LEFT - 4, TOP + PLOT - PLOT * value / 100 + 4, List.of(percent.format(value) + " %")));
        }
        return new ShareChart(Math.max(300, LEFT + shares.size() * GROUP_WIDTH), TOP + PLOT + 18 + lines * LINE, bars, labels, ticks);
    }

    private static Bar bar(int x, BigDecimal value, String kind, int count, String group, Function<String, String> text,
            NumberFormat percent) {
        double share = value == null ? 0 : Math.min(100, value.doubleValue());
        int h = (int) Math.round(PLOT * share / 100);
        String title = group + " – " + text.apply("rankings." + kind) + ": "
                + percent.format(value == null ? BigDecimal.ZERO : value) + " % (" + count + ")";
        return new Bar(x, TOP + PLOT - h, BAR, h, kind, title);
    }

    /** The words of a name in lines of at most {@link #LINE_CHARS} characters (a longer word keeps its own line). */
    static List<String> wrap(String name) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : name.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > LINE_CHARS) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
