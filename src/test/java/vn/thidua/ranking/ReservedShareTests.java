package vn.thidua.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.ranking.Pools.PROVINCE;
import static vn.thidua.ranking.Pools.count;
import static vn.thidua.ranking.Pools.person;
import static vn.thidua.ranking.Pools.reserved;
import static vn.thidua.ranking.RankerTests.rank;
import static vn.thidua.ranking.RankerTests.share;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.thidua.dossier.PriorityGroup;
import vn.thidua.dossier.RatingLevel;
import vn.thidua.eligibility.Outcome;
import vn.thidua.ranking.Pools.Person;

class ReservedShareTests {

    @Test
    void promotesTheBestRankedMembersInPlaceOfTheLowestRankedNonMembers() {
        Ranking ranking = rank(producersAnd("CN-6", "CN-8"), count(PROVINCE, 4, reserved(PriorityGroup.ETHNIC_MINORITY, 50)));

        assertThat(selectedIds(ranking)).containsExactly("CN-1", "CN-2", "CN-6", "CN-8");
        assertThat(ranking.entries().get(6).selectedUnder()).isEqualTo(PriorityGroup.ETHNIC_MINORITY);
        assertThat(ranking.entries().get(6).reason().en()).isEqualTo("selected under the share reserved for ethnic minorities"
                + " (at least 50% of 4 places, that is 2); ranked 7th");
        assertThat(ranking.entries().get(3).reason().en()).isEqualTo("ranked 4th, within the quota of 4 by rank, but gave way"
                + " to CN-6, selected under the share reserved for ethnic minorities");
        assertThat(ranking.entries().get(2).reason().vi()).isEqualTo("xếp thứ 3, trong chỉ tiêu 4 suất theo thứ hạng, nhưng nhường"
                + " suất cho CN-8 được chọn theo tỷ lệ dành cho người dân tộc thiểu số");
        ReservedOutcome outcome = ranking.reserved().get(0);
        assertThat(outcome.honoured()).isTrue();
        assertThat(outcome.promoted()).isEqualTo(2);
        assertThat(share(ranking, PriorityGroup.ETHNIC_MINORITY)).extracting(GroupShare::selected, GroupShare::targetPercent,
                GroupShare::targetPlaces, GroupShare::targetMet).containsExactly(2, 50, 2, true);
    }

    @Test
    void roundsReservedPlacesUp() {
        Ranking ranking = rank(producersAnd("CN-6", "CN-8"), count(PROVINCE, 4, reserved(PriorityGroup.ETHNIC_MINORITY, 30)));

        assertThat(ranking.reserved().get(0).required()).isEqualTo(2);
        assertThat(selectedIds(ranking)).containsExactly("CN-1", "CN-2", "CN-6", "CN-8");
    }

    @Test
    void saysWhyAReservedShareCannotBeHonoured() {
        List<Person> people = new ArrayList<>(producersAnd("CN-6"));
        people.add(person("CN-9").minority().rated(RatingLevel.KHTNV).decided(Outcome.DEFERRED));
        Ranking ranking = rank(people, count(PROVINCE, 4, reserved(PriorityGroup.ETHNIC_MINORITY, 50)));

        ReservedOutcome outcome = ranking.reserved().get(0);
        assertThat(outcome.honoured()).isFalse();
        assertThat(outcome.promoted()).isEqualTo(1);
        assertThat(outcome.reason().en()).isEqualTo("only 1 eligible ethnic-minority candidate for 2 reserved places");
        assertThat(outcome.reason().vi()).isEqualTo("chỉ có 1 ứng viên đủ điều kiện thuộc nhóm người dân tộc thiểu số cho 2 suất"
                + " dành riêng");
        assertThat(selectedIds(ranking)).containsExactly("CN-1", "CN-2", "CN-3", "CN-6");
        assertThat(share(ranking, PriorityGroup.ETHNIC_MINORITY).targetMet()).isFalse();
    }

    @Test
    void keepsAnotherGroupsReservedPlaceWhenPromoting() {
        List<Person> people = List.of(person("CN-1").female().rated(RatingLevel.HTXSNV), person("CN-2").minority());
        Ranking ranking = rank(people, count(PROVINCE, 1, reserved(PriorityGroup.FEMALE, 50),
                reserved(PriorityGroup.ETHNIC_MINORITY, 50)));

        assertThat(selectedIds(ranking)).containsExactly("CN-2");
        assertThat(ranking.reserved()).extracting(ReservedOutcome::honoured).containsExactly(false, true);
        assertThat(ranking.reserved().get(0).reason().en()).isEqualTo("only 0 of the 1 places reserved for women are"
                + " filled: no other selected candidate can give way without breaking another reserved share");
    }

    @Test
    void promotesAroundAMemberOfAnotherReservedGroup() {
        List<Person> people = List.of(person("CN-1").rated(RatingLevel.HTXSNV), person("CN-2").female(),
                person("CN-3").minority().rated(RatingLevel.HTNV));
        Ranking ranking = rank(people, count(PROVINCE, 2, reserved(PriorityGroup.FEMALE, 50),
                reserved(PriorityGroup.ETHNIC_MINORITY, 50)));

        assertThat(order(ranking)).containsExactly("CN-3", "CN-1", "CN-2");
        assertThat(selectedIds(ranking)).containsExactlyInAnyOrder("CN-3", "CN-2");
        assertThat(ranking.reserved()).extracting(ReservedOutcome::honoured).containsExactly(true, true);
    }

    // CN-1 to CN-8, equal but for their ids; the named ones are ethnic minorities, the others direct
    // producers, so the statutory step ranks every producer before them.
    private static List<Person> producersAnd(String... minorities) {
        List<String> named = List.of(minorities);
        List<Person> people = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            Person p = person("CN-" + i);
            people.add(named.contains(p.id()) ? p.minority() : p.producer());
        }
        return people;
    }

    private static List<String> selectedIds(Ranking ranking) {
        return ranking.entries().stream().filter(RankingEntry::selected).map(RankingEntry::subjectId).toList();
    }

    private static List<String> order(Ranking ranking) {
        return RankerTests.order(ranking);
    }
}
