package vn.thidua.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static vn.thidua.ranking.Pools.AGENCY;
import static vn.thidua.ranking.Pools.AWARD;
import static vn.thidua.ranking.Pools.COMMUNE;
import static vn.thidua.ranking.Pools.OTHER_COMMUNE;
import static vn.thidua.ranking.Pools.PROVINCE;
import static vn.thidua.ranking.Pools.VILLAGE;
import static vn.thidua.ranking.Pools.count;
import static vn.thidua.ranking.Pools.decisions;
import static vn.thidua.ranking.Pools.person;
import static vn.thidua.ranking.Pools.request;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.thidua.dossier.PriorityGroup;
import vn.thidua.dossier.Quota;
import vn.thidua.dossier.RatingLevel;
import vn.thidua.eligibility.Outcome;
import vn.thidua.eligibility.Text;
import vn.thidua.ranking.Pools.Person;

class RankerTests {

    @Test
    void ranksDirectProducersBeforeHigherMerit() {
        Ranking ranking = rank(List.of(person("CN-1").rated(RatingLevel.HTXSNV).initiatives(2), person("CN-2").producer()
                .rated(RatingLevel.HTNV)), count(PROVINCE, 1));

        assertThat(order(ranking)).containsExactly("CN-2", "CN-1");
        assertThat(ranking.entries().get(1).reason().en()).isEqualTo("outside the quota of 1; ranked 2nd after one candidate"
                + " who is a direct producer");
    }

    @Test
    void ranksDifficultAreaByTheNearestAncestorsClassification() {
        Ranking ranking = rank(List.of(person("CN-1").rated(RatingLevel.HTXSNV), person("CN-2").in(VILLAGE).asLeader()),
                count(PROVINCE, 1));

        assertThat(order(ranking)).containsExactly("CN-2", "CN-1");
        assertThat(ranking.entries().get(0).priorityGroups()).containsExactly(PriorityGroup.DIFFICULT_AREA);
        assertThat(ranking.entries().get(1).reason().vi()).isEqualTo("ngoài chỉ tiêu 1 suất; xếp thứ 2 sau 1 ứng viên"
                + " công tác ở vùng đặc biệt khó khăn, biên giới, hải đảo");
    }

    @Test
    void ranksGrassrootsWorkersBeforeLeadersOfTheSameUnit() {
        Ranking ranking = rank(List.of(person("CN-1").in(OTHER_COMMUNE).asLeader().rated(RatingLevel.HTXSNV),
                person("CN-2").in(OTHER_COMMUNE)), count(PROVINCE, 1));

        assertThat(order(ranking)).containsExactly("CN-2", "CN-1");
        assertThat(ranking.entries().get(0).priorityGroups()).containsExactly(PriorityGroup.GRASSROOTS);
    }

    @Test
    void ranksEthnicMinoritiesAfterEarlierStepsButBeforeMerit() {
        Ranking ranking = rank(List.of(person("CN-1").rated(RatingLevel.HTXSNV), person("CN-2").minority(),
                person("CN-3").minority().in(OTHER_COMMUNE)), count(PROVINCE, 1));

        assertThat(order(ranking)).containsExactly("CN-3", "CN-2", "CN-1");
    }

    @Test
    void ranksHigherMeritScoreFirstAndShowsItsParts() {
        Person chain = person("CN-1").titled(AWARD, 2024).titled(AWARD, 2023).titled(AWARD, 2021);
        Ranking ranking = rank(List.of(chain, person("CN-2").rated(RatingLevel.HTXSNV).initiatives(2)), count(PROVINCE, 1));

        assertThat(order(ranking)).containsExactly("CN-2", "CN-1");
        RankingEntry second = ranking.entries().get(1);
        assertThat(second.score()).isEqualTo(30 + 2 * 5 + 3 * 5);
        assertThat(second.scoreParts()).containsEntry("rating", 30).containsEntry("consecutiveYears", 10)
                .containsEntry("priorTitles", 15).containsEntry("initiatives", 0);
        assertThat(second.reason()).isEqualTo(new Text("ngoài chỉ tiêu 1 suất; xếp thứ 2 sau 1 ứng viên có điểm thành tích cao hơn"
                + " (ứng viên này 55 điểm)", "outside the quota of 1; ranked 2nd after one candidate who has a higher merit score"
                + " (this candidate: 55)"));
        assertThat(ranking.entries().get(0).reason().en()).isEqualTo("within the quota of 1; ranked 1st, ahead of CN-1, the first"
                + " candidate outside the quota, because this candidate has a higher merit score (60 against 55)");
    }

    @Test
    void breaksScoreTiesInFavourOfWomen() {
        Ranking ranking = rank(List.of(person("CN-1"), person("CN-2").female()), count(PROVINCE, 1));

        assertThat(order(ranking)).containsExactly("CN-2", "CN-1");
        assertThat(ranking.entries().get(1).reason().en()).isEqualTo("outside the quota of 1; ranked 2nd after one candidate"
                + " with the same score who is a woman");
    }

    @Test
    void breaksCompleteTiesBySubjectIdWhateverTheInputOrder() {
        Ranking ranking = rank(List.of(person("CN-3"), person("CN-1"), person("CN-2")), count(PROVINCE, 2));

        assertThat(order(ranking)).containsExactly("CN-1", "CN-2", "CN-3");
        assertThat(ranking.entries().get(2).reason().vi()).isEqualTo("ngoài chỉ tiêu 2 suất; xếp thứ 3 sau 2 ứng viên"
                + " ngang nhau ở mọi bước nhưng có mã hồ sơ đứng trước");
    }

    @Test
    void explainsWhoIsOutsideTheQuotaAndOnWhichStep() {
        Ranking ranking = rank(List.of(person("CN-1"), person("CN-2").producer(), person("CN-3").producer()), count(PROVINCE, 2));

        assertThat(order(ranking)).containsExactly("CN-2", "CN-3", "CN-1");
        assertThat(ranking.entries().get(2).reason()).isEqualTo(new Text(
                "ngoài chỉ tiêu 2 suất; xếp thứ 3 sau 2 ứng viên cùng điểm nhưng là người trực tiếp lao động, sản xuất, kinh doanh",
                "outside the quota of 2; ranked 3rd after 2 candidates with the same score who are direct producers"));
        assertThat(ranking.entries().get(0).reason().en()).isEqualTo("within the quota of 2; ranked 1st, ahead of CN-1, the first"
                + " candidate outside the quota, because, with the same score, this candidate is a direct producer");
    }

    @Test
    void namesTheLastSelectedWhenDifferentStepsPutCandidatesAhead() {
        Ranking ranking = rank(List.of(person("CN-1"), person("CN-2").producer(), person("CN-3").minority()), count(PROVINCE, 2));

        assertThat(ranking.entries().get(2).reason().en()).isEqualTo("outside the quota of 2; ranked 3rd; the last candidate"
                + " selected, CN-3, ranks ahead because, with the same score, that candidate belongs to an ethnic minority");
    }

    @Test
    void listsUndecidedAndIneligibleCandidatesUnselectedAfterTheRankedOnes() {
        Ranking ranking = rank(List.of(person("CN-1").decided(Outcome.NOT_ELIGIBLE).producer(), person("CN-2").decided(Outcome.DEFERRED),
                person("CN-3").decided(Outcome.INCOMPLETE), person("CN-4")), count(PROVINCE, 3));

        assertThat(order(ranking)).containsExactly("CN-4", "CN-3", "CN-2", "CN-1");
        assertThat(ranking.entries()).filteredOn(e -> e.outcome() != Outcome.ELIGIBLE)
                .allSatisfy(e -> assertThat(e.selected()).isFalse()).allSatisfy(e -> assertThat(e.rank()).isNull());
        assertThat(ranking.entries().get(1).reason().en()).isEqualTo("not ranked: the dossier is incomplete"
                + " (the minutes of the review meeting are missing)");
        assertThat(ranking.entries().get(2).reason().vi()).startsWith("chưa xét khen thưởng: còn vụ việc chưa kết thúc");
        assertThat(ranking.entries().get(3).reason().en()).startsWith("not selectable: not eligible");
        assertThat(ranking.selected()).isEqualTo(1);
        assertThat(ranking.headroom()).isEqualTo(2);
        assertThat(share(ranking, PriorityGroup.DIRECT_PRODUCER)).isEqualTo(new GroupShare(PriorityGroup.DIRECT_PRODUCER, 1, 0, 0,
                new BigDecimal("25.0"), new BigDecimal("0.0"), new BigDecimal("0.0"), null, null, null));
    }

    @Test
    void coversTheQuotaUnitAndEveryUnitBelowIt() {
        Ranking ranking = rank(List.of(person("CN-1").in(COMMUNE), person("CN-2").in(VILLAGE), person("CN-3").in(OTHER_COMMUNE),
                person("CN-4")), count(COMMUNE, 5));

        assertThat(order(ranking)).containsExactlyInAnyOrder("CN-1", "CN-2");
    }

    @Test
    void yieldsAnEmptyRankingForAQuotaWithoutCandidates() {
        List<Person> people = List.of(person("CN-1"));
        List<Ranking> rankings = Policies.ranker().rank(request(people, count(PROVINCE, 1), count(OTHER_COMMUNE, 2)),
                decisions(people, AWARD));

        assertThat(rankings).hasSize(2);
        Ranking empty = rankings.get(1);
        assertThat(empty.unit()).isEqualTo(OTHER_COMMUNE);
        assertThat(empty.quota()).isEqualTo(2);
        assertThat(empty.entries()).isEmpty();
        assertThat(empty.headroom()).isEqualTo(2);
        assertThat(empty.shares()).hasSize(PriorityGroup.values().length).allSatisfy(s -> assertThat(s.candidates()).isZero());
    }

    @Test
    void ranksNothingWhenTheRequestHasNoQuota() {
        List<Person> people = List.of(person("CN-1"));

        assertThat(Policies.ranker().rank(request(people), decisions(people, AWARD))).isEmpty();
    }

    @Test
    void ordersByWeightedScoreInWeightedMode() {
        List<Person> people = List.of(person("CN-1").producer().rated(RatingLevel.HTNV), person("CN-2").rated(RatingLevel.HTXSNV)
                .initiatives(3));
        Ranking ranking = new Ranker(Policies.weighted()).rank(request(people, count(PROVINCE, 1)), decisions(people, AWARD)).get(0);

        assertThat(order(ranking)).containsExactly("CN-2", "CN-1");
        assertThat(ranking.entries().get(1).score()).isEqualTo(30 + 10);
        assertThat(ranking.entries().get(1).scoreParts()).containsEntry("DIRECT_PRODUCER", 30).containsEntry("rating", 10);
        assertThat(ranking.order()).extracting(StepLabel::step).containsExactly(Step.WEIGHTED_SCORE, Step.SUBJECT_ID);
        assertThat(ranking.entries().get(1).reason().en()).isEqualTo("outside the quota of 1; ranked 2nd after one candidate"
                + " who has a higher weighted score (this candidate: 40)");
    }

    @Test
    void appliesPolicyDefaultQuotasWhereTheRequestGivesNone() {
        RankingPolicy policy = Policies.read(Policies.text().replace("defaults: []", """
                defaults:
                  - award: CHIEN_SI_THI_DUA_CO_SO
                    unitLevel: COMMUNE
                    maxCount: 1
                    reference: "Test default"
                """));
        List<Person> people = List.of(person("CN-1").in(COMMUNE), person("CN-2").in(VILLAGE), person("CN-3").in(OTHER_COMMUNE));
        List<Ranking> rankings = new Ranker(policy).rank(request(people, count(COMMUNE, 2)), decisions(people, AWARD));

        assertThat(rankings).extracting(Ranking::unit, Ranking::quota, Ranking::quotaSource).containsExactly(
                tuple(COMMUNE, 2, QuotaSource.REQUEST),
                tuple(OTHER_COMMUNE, 1, QuotaSource.POLICY_DEFAULT));
        assertThat(rankings.get(1).quotaReference()).isEqualTo("Test default");
    }

    @Test
    void neverChangesADecisionNorSelectsBeyondTheEligible() {
        List<Person> people = List.of(person("CN-1").decided(Outcome.NOT_ELIGIBLE), person("CN-2"));
        Ranking ranking = rank(people, count(AGENCY, 10));

        assertThat(ranking.entries()).extracting(RankingEntry::subjectId, RankingEntry::selected, RankingEntry::outcome)
                .containsExactly(tuple("CN-2", true, Outcome.ELIGIBLE),
                        tuple("CN-1", false, Outcome.NOT_ELIGIBLE));
        assertThat(ranking.entries().get(0).reason().en()).isEqualTo("within the quota of 10; ranked 1st; every eligible candidate"
                + " is selected");
    }

    static Ranking rank(List<Person> people, Quota quota) {
        return Policies.ranker().rank(request(people, quota), decisions(people, AWARD)).get(0);
    }

    static List<String> order(Ranking ranking) {
        return ranking.entries().stream().map(RankingEntry::subjectId).toList();
    }

    static GroupShare share(Ranking ranking, PriorityGroup group) {
        return ranking.shares().stream().filter(s -> s.group() == group).findFirst().orElseThrow();
    }
}
