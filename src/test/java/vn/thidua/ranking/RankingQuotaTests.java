package vn.thidua.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.ranking.Pools.AWARD;
import static vn.thidua.ranking.Pools.COMMUNE;
import static vn.thidua.ranking.Pools.OTHER_COMMUNE;
import static vn.thidua.ranking.Pools.decision;
import static vn.thidua.ranking.Pools.person;
import static vn.thidua.ranking.Pools.request;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.thidua.dossier.AwardCode;
import vn.thidua.eligibility.EligibilityDecision;
import vn.thidua.eligibility.Outcome;
import vn.thidua.ranking.Pools.Person;

class RankingQuotaTests {

    private static final AwardCode HOLDERS = AwardCode.LAO_DONG_TIEN_TIEN;

    @Test
    void countsMaxPercentOfTheUnitsEligibleHoldersOfAnotherAward() {
        Ranking ranking = rankPercent(new Ranker(Policies.standard()), 50, 6);

        assertThat(ranking.ofAward()).isEqualTo(HOLDERS);
        assertThat(ranking.ofAwardEligible()).isEqualTo(6);
        assertThat(ranking.quota()).isEqualTo(3);
        assertThat(ranking.rounding()).isEqualTo(Rounding.FLOOR);
        assertThat(ranking.selected()).isEqualTo(3);
    }

    @ParameterizedTest(name = "{1}% of {2} holders rounded {0} gives {3} places")
    @CsvSource({
        "FLOOR, 15, 13, 1", "FLOOR, 50, 6, 3", "FLOOR, 10, 9, 0",
        "HALF_UP, 15, 13, 2", "HALF_UP, 10, 13, 1", "HALF_UP, 50, 5, 3",
        "CEILING, 10, 13, 2", "CEILING, 50, 6, 3", "CEILING, 10, 1, 1"})
    void roundsPlacesAsThePolicySays(Rounding rounding, int percent, int holders, int places) {
        Ranking ranking = rankPercent(new Ranker(Policies.rounding(rounding)), percent, holders);

        assertThat(ranking.quota()).isEqualTo(places);
        assertThat(ranking.rounding()).isEqualTo(rounding);
    }

    // `holders` people of the commune and its village are eligible for LĐTT and CSTĐCS; as many again in the
    // commune are not eligible for LĐTT, and three eligible ones work in another commune: neither counts.
    private static Ranking rankPercent(Ranker ranker, int percent, int holders) {
        List<Person> people = new ArrayList<>();
        List<EligibilityDecision> decisions = new ArrayList<>();
        for (int i = 0; i < holders * 2 + 3; i++) {
            String unit = i < holders * 2 ? (i % 2 == 0 ? COMMUNE : Pools.VILLAGE) : OTHER_COMMUNE;
            Person p = person(String.format("CN-%03d", i)).in(unit);
            people.add(p);
            boolean holder = i < holders || i >= holders * 2;
            decisions.add(decision(p.id(), HOLDERS, holder ? Outcome.ELIGIBLE : Outcome.NOT_ELIGIBLE));
            decisions.add(decision(p.id(), AWARD, Outcome.ELIGIBLE));
        }
        return ranker.rank(request(people, Pools.percent(COMMUNE, percent, HOLDERS)), decisions).get(0);
    }
}
