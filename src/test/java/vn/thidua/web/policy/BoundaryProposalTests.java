package vn.thidua.web.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import vn.thidua.web.policy.BoundaryProposal.Position;
import vn.thidua.web.policy.BoundaryProposal.ShareCase;

class BoundaryProposalTests {

    @Test
    void strictlyMoreThanSixtyPercentOfTenIsMetOnlyAboveSix() {
        assertThat(BoundaryProposal.share(60, true)).containsExactly(
                new ShareCase(Position.BELOW, 10, 5, false),
                new ShareCase(Position.AT, 10, 6, false),
                new ShareCase(Position.ABOVE, 10, 7, true));
    }

    @Test
    void atLeastSixtyPercentIsMetAtSixOfTen() {
        assertThat(BoundaryProposal.share(60, false)).containsExactly(
                new ShareCase(Position.BELOW, 10, 5, false),
                new ShareCase(Position.AT, 10, 6, true),
                new ShareCase(Position.ABOVE, 10, 7, true));
    }

    @Test
    void aShareThatIsNoWholeCountOfTenTakesTheSmallestCollectiveWhereItIs() {
        // 75% is 3 of 4; 33% is 33 of 100: the "at" case always lies exactly on the share.
        assertThat(BoundaryProposal.share(75, true)).extracting(ShareCase::members, ShareCase::holders, ShareCase::met)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(4, 2, false),
                        org.assertj.core.groups.Tuple.tuple(4, 3, false),
                        org.assertj.core.groups.Tuple.tuple(4, 4, true));
        List<ShareCase> third = BoundaryProposal.share(33, false);
        assertThat(third).allSatisfy(c -> assertThat(c.members()).isEqualTo(100));
        assertThat(third).extracting(ShareCase::holders).containsExactly(32, 33, 34);
        assertThat(third).extracting(ShareCase::met).containsExactly(false, true, true);
    }

    @Test
    void leavesOutCasesThatCannotExistAtTheEnds() {
        assertThat(BoundaryProposal.share(0, true)).extracting(ShareCase::position).containsExactly(Position.AT, Position.ABOVE);
        assertThat(BoundaryProposal.share(0, true).get(0).met()).isFalse();
        assertThat(BoundaryProposal.share(100, false)).extracting(ShareCase::position).containsExactly(Position.BELOW, Position.AT);
        assertThat(BoundaryProposal.share(100, false).get(1).met()).isTrue();
        assertThatThrownBy(() -> BoundaryProposal.share(101, true)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writesACaseOfTheScenarioFormatDatedInTheYearOfTheChange() {
        String yaml = BoundaryProposal.scenario(new ShareCase(Position.AT, 10, 6, false), "Ten members, six LĐTT: not eligible",
                "TAP_THE_LAO_DONG_TIEN_TIEN", "TTTT-C3", "XA-DARSAL", LocalDate.of(2027, 1, 1), false, 2);

        JsonNode item = YAMLMapper.builder().build().readTree(yaml).get(0);
        assertThat(item.path("name").asString()).isEqualTo("Ten members, six LĐTT: not eligible");
        assertThat(item.at("/period/cutoffDate").asString()).isEqualTo("2027-12-31");
        assertThat(item.at("/period/decisionDate").asString()).isEqualTo("2028-01-20");
        assertThat(item.at("/collectives/0/memberSummary/count").intValue()).isEqualTo(10);
        assertThat(item.at("/collectives/0/memberSummary/advancedWorkers").intValue()).isEqualTo(6);
        assertThat(item.at("/collectives/0/unit").asString()).isEqualTo("XA-DARSAL");
        assertThat(item.at("/expect/0/outcome").asString()).isEqualTo("NOT_ELIGIBLE");
        assertThat(item.at("/expect/0/criteria/TTTT-C3").asString()).isEqualTo("NOT_MET");
    }
}
