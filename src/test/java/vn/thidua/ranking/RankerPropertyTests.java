package vn.thidua.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.ranking.Pools.AWARD;
import static vn.thidua.ranking.Pools.decisions;
import static vn.thidua.ranking.Pools.request;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import vn.thidua.dossier.PriorityGroup;
import vn.thidua.dossier.Quota;
import vn.thidua.dossier.RatingLevel;
import vn.thidua.dossier.Reserved;
import vn.thidua.eligibility.Outcome;
import vn.thidua.ranking.Pools.Person;

class RankerPropertyTests {

    private static final Ranker LEXICOGRAPHIC = new Ranker(Policies.standard());
    private static final Ranker WEIGHTED = new Ranker(Policies.weighted());

    @Property(tries = 300)
    void neverSelectsAnIneligibleCandidate(@ForAll("pools") List<Person> pool, @ForAll("quotas") Quota quota,
            @ForAll boolean weighted) {
        Ranking ranking = rank(ranker(weighted), pool, quota);

        assertThat(ranking.entries()).filteredOn(RankingEntry::selected)
                .allSatisfy(e -> assertThat(e.outcome()).isEqualTo(Outcome.ELIGIBLE));
        assertThat(ranking.entries()).hasSize((int) pool.stream().filter(p -> covers(quota.unit(), p.unit())).count());
    }

    @Property(tries = 200)
    void explainsEveryEntryInVietnameseAndEnglish(@ForAll("pools") List<Person> pool, @ForAll("quotas") Quota quota,
            @ForAll boolean weighted) {
        Ranking ranking = rank(ranker(weighted), pool, quota);

        assertThat(ranking.entries()).allSatisfy(e -> {
            assertThat(e.reason().vi()).isNotBlank().doesNotContain("null");
            assertThat(e.reason().en()).isNotBlank().doesNotContain("null");
        });
        assertThat(ranking.reserved()).allSatisfy(r -> assertThat(r.reason().en()).isNotBlank());
    }

    @Property(tries = 300)
    void selectsAsManyAsTheQuotaOrTheEligibleAllow(@ForAll("pools") List<Person> pool, @ForAll @IntRange(max = 40) int places,
            @ForAll boolean weighted) {
        Ranking ranking = rank(ranker(weighted), pool, Pools.count(Pools.PROVINCE, places));

        long eligible = pool.stream().filter(p -> p.outcome() == Outcome.ELIGIBLE).count();
        assertThat(ranking.entries().stream().filter(RankingEntry::selected).count()).isEqualTo(Math.min(places, eligible));
    }

    @Property(tries = 300)
    void ignoresTheInputOrder(@ForAll("pools") List<Person> pool, @ForAll("quotas") Quota quota, @ForAll long seed,
            @ForAll boolean weighted) {
        List<Person> shuffled = new ArrayList<>(pool);
        Collections.shuffle(shuffled, new Random(seed));

        assertThat(rank(ranker(weighted), shuffled, quota)).isEqualTo(rank(ranker(weighted), pool, quota));
    }

    @Property(tries = 300)
    void neverLowersARankForAnExtraPriorityGroup(@ForAll("pools") List<Person> pool, @ForAll @IntRange(max = 59) int pick,
            @ForAll PriorityGroup group, @ForAll boolean weighted) {
        Person before = pool.get(pick % pool.size());
        Ranking ranking = rank(ranker(weighted), pool, Pools.count(Pools.PROVINCE, 5));
        List<Person> changed = new ArrayList<>(pool);
        changed.set(pick % pool.size(), before.with(group));
        Ranking after = rank(ranker(weighted), changed, Pools.count(Pools.PROVINCE, 5));

        Integer was = rankOf(ranking, before.id());
        Integer is = rankOf(after, before.id());
        if (was != null) {
            assertThat(is).isLessThanOrEqualTo(was);
        }
    }

    @Property(tries = 300)
    void keepsEveryoneElseSelectedWhenASelectedCandidateLeaves(@ForAll("pools") List<Person> pool,
            @ForAll @IntRange(max = 20) int places, @ForAll @IntRange(max = 59) int pick, @ForAll boolean weighted) {
        Quota quota = Pools.count(Pools.PROVINCE, places);
        Ranking ranking = rank(ranker(weighted), pool, quota);
        List<String> selected = ranking.entries().stream().filter(RankingEntry::selected).map(RankingEntry::subjectId).toList();
        if (selected.isEmpty()) {
            return;
        }
        String leaving = selected.get(pick % selected.size());
        List<Person> rest = pool.stream().filter(p -> !p.id().equals(leaving)).toList();
        Set<String> still = rank(ranker(weighted), rest, quota).entries().stream().filter(RankingEntry::selected)
                .map(RankingEntry::subjectId).collect(Collectors.toSet());

        assertThat(still).containsAll(selected.stream().filter(id -> !id.equals(leaving)).toList());
    }

    @Provide
    Arbitrary<List<Person>> pools() {
        Arbitrary<Person> people = Arbitraries.of(Pools.COMMUNE, Pools.VILLAGE, Pools.OTHER_COMMUNE, Pools.AGENCY)
                .flatMap(unit -> Arbitraries.of(PriorityGroup.values()).set().map(groups -> withGroups(unit, groups)))
                .flatMap(p -> Arbitraries.of(RatingLevel.values()).map(p::rated))
                .flatMap(p -> Arbitraries.integers().between(0, 2).map(p::initiatives))
                .flatMap(p -> Arbitraries.of(Outcome.values()).map(p::decided));
        return people.list().ofMinSize(1).ofMaxSize(60).map(RankerPropertyTests::numbered);
    }

    @Provide
    Arbitrary<Quota> quotas() {
        Arbitrary<List<Reserved>> reserved = Arbitraries.of(PriorityGroup.values()).set().ofMaxSize(2)
                .flatMap(groups -> Arbitraries.integers().between(0, 50).list().ofSize(groups.size())
                        .map(shares -> reservedShares(List.copyOf(groups), shares)));
        return Arbitraries.of(Pools.PROVINCE, Pools.COMMUNE).flatMap(unit -> Arbitraries.integers().between(0, 30)
                .flatMap(places -> reserved.map(r -> new Quota(AWARD, unit, places, null, null, r))));
    }

    private static Person withGroups(String unit, Set<PriorityGroup> groups) {
        Person person = Pools.person("X").in(unit).asLeader();
        for (PriorityGroup group : groups) {
            person = group == PriorityGroup.DIFFICULT_AREA ? person : person.with(group);
        }
        return person;
    }

    private static List<Reserved> reservedShares(List<PriorityGroup> groups, List<Integer> shares) {
        List<Reserved> reserved = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            reserved.add(new Reserved(groups.get(i), shares.get(i)));
        }
        return reserved;
    }

    private static List<Person> numbered(List<Person> people) {
        List<Person> numbered = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            numbered.add(people.get(i).named(String.format("CN-%03d", i)));
        }
        return numbered;
    }

    private static boolean covers(String quotaUnit, String unit) {
        return quotaUnit.equals(Pools.PROVINCE) || unit.equals(Pools.COMMUNE) || unit.equals(Pools.VILLAGE);
    }

    private static Ranker ranker(boolean weighted) {
        return weighted ? WEIGHTED : LEXICOGRAPHIC;
    }

    private static Ranking rank(Ranker ranker, List<Person> pool, Quota quota) {
        return ranker.rank(request(pool, quota), decisions(pool, AWARD)).get(0);
    }

    private static Integer rankOf(Ranking ranking, String id) {
        return ranking.entries().stream().filter(e -> e.subjectId().equals(id)).findFirst().orElseThrow().rank();
    }
}
