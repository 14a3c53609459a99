package vn.thidua.ranking;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.thidua.dossier.AreaDifficulty;
import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.EvaluationRequest;
import vn.thidua.dossier.Gender;
import vn.thidua.dossier.Individual;
import vn.thidua.dossier.Initiative;
import vn.thidua.dossier.Period;
import vn.thidua.dossier.PriorityGroup;
import vn.thidua.dossier.Quota;
import vn.thidua.dossier.Rating;
import vn.thidua.dossier.RatingLevel;
import vn.thidua.dossier.RatingScheme;
import vn.thidua.dossier.Reserved;
import vn.thidua.dossier.Scope;
import vn.thidua.dossier.SubjectKind;
import vn.thidua.dossier.Title;
import vn.thidua.dossier.Unit;
import vn.thidua.dossier.UnitLevel;
import vn.thidua.eligibility.EligibilityDecision;
import vn.thidua.eligibility.Outcome;
import vn.thidua.eligibility.Text;

/**
 * Candidate pools for ranking tests: a province with a grassroots commune in an especially
 * difficult area (and a village below it), a second commune, and a provincial agency. A person
 * starts in the agency with no priority group, rated HTTNV, eligible; each change adds one fact.
 */
final class Pools {

    static final int YEAR = 2025;
    static final String PROVINCE = "TINH-LD";
    static final String COMMUNE = "XA-DARSAL";
    static final String VILLAGE = "THON-DUNG-K-SI";
    static final String OTHER_COMMUNE = "XA-RO-MEN";
    static final String AGENCY = "SO-NOI-VU";
    static final AwardCode AWARD = AwardCode.CHIEN_SI_THI_DUA_CO_SO;

    private Pools() {
    }

    /** A person as ranking sees them, and the decision they got for every award. */
    record Person(String id, String unit, boolean directProducer, boolean ethnicMinority, boolean leader, Gender gender,
            RatingLevel rating, int initiatives, List<Title> titles, Outcome outcome) {

        Person named(String other) {
            return new Person(other, unit, directProducer, ethnicMinority, leader, gender, rating, initiatives, titles, outcome);
        }

        Person in(String code) {
            return new Person(id, code, directProducer, ethnicMinority, leader, gender, rating, initiatives, titles, outcome);
        }

        Person producer() {
            return new Person(id, unit, true, ethnicMinority, leader, gender, rating, initiatives, titles, outcome);
        }

        Person minority() {
            return new Person(id, unit, directProducer, true, leader, gender, rating, initiatives, titles, outcome);
        }

        Person asLeader() {
            return new Person(id, unit, directProducer, ethnicMinority, true, gender, rating, initiatives, titles, outcome);
        }

        Person female() {
            return new Person(id, unit, directProducer, ethnicMinority, leader, Gender.FEMALE, rating, initiatives, titles, outcome);
        }

        Person rated(RatingLevel level) {
            return new Person(id, unit, directProducer, ethnicMinority, leader, gender, level, initiatives, titles, outcome);
        }

        Person initiatives(int count) {
            return new Person(id, unit, directProducer, ethnicMinority, leader, gender, rating, count, titles, outcome);
        }

        Person titled(AwardCode code, int year) {
            List<Title> more = new ArrayList<>(titles);
            more.add(new Title(code, year, "QĐ-" + year, List.of()));
            return new Person(id, unit, directProducer, ethnicMinority, leader, gender, rating, initiatives, more, outcome);
        }

        Person decided(Outcome decided) {
            return new Person(id, unit, directProducer, ethnicMinority, leader, gender, rating, initiatives, titles, decided);
        }

        /** The same person with one more priority group, through the fact that gives it. */
        Person with(PriorityGroup group) {
            return switch (group) {
                case DIRECT_PRODUCER -> producer();
                case ETHNIC_MINORITY -> minority();
                case FEMALE -> female();
                case GRASSROOTS -> new Person(id, unit.equals(AGENCY) ? OTHER_COMMUNE : unit, directProducer, ethnicMinority,
                        false, gender, rating, initiatives, titles, outcome);
                case DIFFICULT_AREA -> unit.equals(AGENCY) ? in(VILLAGE).asLeader() : in(VILLAGE);
            };
        }

        Individual individual() {
            List<Initiative> works = new ArrayList<>();
            for (int i = 0; i < initiatives; i++) {
                works.add(new Initiative(id + "-SK" + i, "Sáng kiến " + i, YEAR, Scope.CO_SO, "UBND xã", LocalDate.of(YEAR, 6, 1), true));
            }
            return new Individual(id, "Người " + id, unit, gender, 1985, ethnicMinority ? "K'Ho" : "Kinh", ethnicMinority,
                    null, null, directProducer, leader, LocalDate.of(2015, 1, 1),
                    List.of(new Rating(YEAR, rating, RatingScheme.ND90_2020)), null, null, null, null, null, null, works, null,
                    titles, null, null);
        }
    }

    static Person person(String id) {
        return new Person(id, AGENCY, false, false, false, Gender.MALE, RatingLevel.HTTNV, 0, List.of(), Outcome.ELIGIBLE);
    }

    static List<Unit> units() {
        return List.of(new Unit(PROVINCE, "Tỉnh Lâm Đồng", UnitLevel.PROVINCE, null, false, null),
                new Unit(COMMUNE, "UBND xã Đạ R'sal", UnitLevel.COMMUNE, PROVINCE, true, AreaDifficulty.DBKK),
                new Unit(VILLAGE, "Thôn Đưng K'Si", UnitLevel.VILLAGE, COMMUNE, true, null),
                new Unit(OTHER_COMMUNE, "UBND xã Rô Men", UnitLevel.COMMUNE, PROVINCE, true, null),
                new Unit(AGENCY, "Sở Nội vụ", UnitLevel.AGENCY, PROVINCE, false, null));
    }

    static EvaluationRequest request(List<Person> people, Quota... quotas) {
        return new EvaluationRequest(1, new Period(YEAR, LocalDate.of(YEAR, 12, 31), LocalDate.of(YEAR + 1, 1, 20)), units(),
                people.stream().map(Person::individual).toList(), null, null, List.of(quotas));
    }

    /** Each person's decision for the award, with a missing-evidence text when it is not ELIGIBLE. */
    static List<EligibilityDecision> decisions(List<Person> people, AwardCode award) {
        return people.stream().map(p -> decision(p.id(), award, p.outcome())).toList();
    }

    static EligibilityDecision decision(String id, AwardCode award, Outcome outcome) {
        List<Text> missing = outcome == Outcome.ELIGIBLE || outcome == Outcome.DEFERRED ? List.of()
                : List.of(new Text("thiếu biên bản bình xét", "the minutes of the review meeting are missing"));
        return new EligibilityDecision(id, SubjectKind.INDIVIDUAL, award, outcome, false, List.of(), missing, List.of(), null);
    }

    static Quota count(String unit, int places, Reserved... reserved) {
        return new Quota(AWARD, unit, places, null, null, List.of(reserved));
    }

    static Quota percent(String unit, int percent, AwardCode ofAward) {
        return new Quota(AWARD, unit, null, percent, ofAward, List.of());
    }

    static Reserved reserved(PriorityGroup group, int minShare) {
        return new Reserved(group, minShare);
    }
}
