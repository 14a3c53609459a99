package vn.thidua.web.runs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import vn.thidua.ranking.GroupShare;

/**
 * The priority groups' shares as an inline SVG bar chart: per group three bars, the share of
 * candidates, of the eligible and of the selected in that group, each 0–100 %.
 */
record ShareChart(int width, int height, List<Bar> bars, List<Label> labels) {

    record Bar(int x, int y, int width, int height, String kind, String title) {
    }

    record Label(int x, int y, String text) {
    }

    private static final int GROUP_WIDTH = 150;
    private static final int BAR = 36;
    private static final int PLOT = 160;
    private static final int TOP = 10;

    static ShareChart of(List<GroupShare> shares) {
        List<Bar> bars = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        for (int i = 0; i < shares.size(); i++) {
            GroupShare share = shares.get(i);
            int x = 40 + i * GROUP_WIDTH;
            bars.add(bar(x, share.candidatesPercent(), "candidates", share.candidates()));
            bars.add(bar(x + BAR + 4, share.eligiblePercent(), "eligible", share.eligible()));
            bars.add(bar(x + 2 * (BAR + 4), share.selectedPercent(), "selected", share.selected()));
            labels.add(new Label(x, TOP + PLOT + 18, share.group().name()));
        }
        return new ShareChart(Math.max(300, 40 + shares.size() * GROUP_WIDTH), TOP + PLOT + 30, bars, labels);
    }

    private static Bar bar(int x, BigDecimal percent, String kind, int count) {
        double value = percent == null ? 0 : Math.min(100, percent.doubleValue());
        int h = (int) Math.round(PLOT * value / 100);
        return new Bar(x, TOP + PLOT - h, BAR, h, kind, (percent == null ? "0" : percent.toPlainString()) + " % (" + count + ")");
    }
}
