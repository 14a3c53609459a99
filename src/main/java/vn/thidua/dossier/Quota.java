package vn.thidua.dossier;

import java.util.List;

/** A limit on how many eligible candidates of a unit (and the units below it) may be selected for an award. */
public record Quota(@Required AwardCode award, @Required String unit, @Range(min = 0, max = 10_000_000) Integer maxCount,
        @Range(min = 0, max = 100) Integer maxPercent, AwardCode ofAward, List<Reserved> reserved) {

    public Quota {
        reserved = Lists.of(reserved);
    }
}
