package vn.thidua.web.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

import vn.thidua.testing.DatabaseProfiles;

/**
 * The parameter change form proposes the boundary cases of every kind of threshold from the scenario
 * files' descriptions, not only the share of Advanced Workers: a count of years in a row, a count of
 * members, a percentage and a number of months each get the cases just below, at and just above the
 * new value with the result the criterion's comparison gives; confirmed, they are written into the
 * award's scenario file and pass in the stored draft. Parameters no scenario can exercise say why.
 */
@SpringBootTest
@ActiveProfiles(resolver = DatabaseProfiles.class)
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
class BoundaryProposalIntegrationTests {

    private static final RequestPostProcessor POLICY = user("test-admin").roles("POLICY");
    private static final Pattern CASE = Pattern.compile("<td class=\"case-words\">([^<]*)</td>");
    private static final Pattern CHOSEN = Pattern.compile("<option value=\"([A-Z_]+)\" selected=\"selected\">");

    @Autowired
    private MockMvc mvc;

    private MockHttpServletRequestBuilder change(String path, String award, String parameter, String value, String reference) {
        return post(path).with(POLICY).with(csrf()).param("award", award).param("parameter", parameter).param("since", "2027-01-01")
                .param("value", value).param("reference", reference);
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static List<String> all(Pattern pattern, String page) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(page);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void aCountOfTitlesInARowGetsItsBoundaryCasesAndTheDraftStoresThem() throws Exception {
        String reference = "Luật Thi đua, khen thưởng 06/2022/QH15, Điều 22";
        String review = page(change("/policy/changes/parameter/preview", "CHIEN_SI_THI_DUA_CAP_TINH", "consecutiveGrassrootsTitles",
                "4", reference));

        assertThat(all(CASE, review)).containsExactly(
                "Giáo viên có 3 lần liên tục đạt Chiến sĩ thi đua cơ sở, lần cuối trong năm xét (ngay dưới ngưỡng; yêu cầu từ 4 lần trở lên)"
                        + " → Không đủ điều kiện",
                "Giáo viên có 4 lần liên tục đạt Chiến sĩ thi đua cơ sở, lần cuối trong năm xét (đúng ngưỡng; yêu cầu từ 4 lần trở lên)"
                        + " → Đủ điều kiện",
                "Giáo viên có 5 lần liên tục đạt Chiến sĩ thi đua cơ sở, lần cuối trong năm xét (ngay trên ngưỡng; yêu cầu từ 4 lần trở lên)"
                        + " → Đủ điều kiện");
        List<String> proposed = all(CHOSEN, review);
        assertThat(proposed).containsExactly("NOT_ELIGIBLE", "ELIGIBLE", "ELIGIBLE");

        String stored = page(change("/policy/changes/parameter/draft", "CHIEN_SI_THI_DUA_CAP_TINH", "consecutiveGrassrootsTitles",
                "4", reference).param("confirmed", "true").param("expected0", proposed.get(0)).param("expected1", proposed.get(1))
                .param("expected2", proposed.get(2)));
        Matcher version = Pattern.compile("id=\"draft-version\">(sha256:[0-9a-f]+)<").matcher(stored);
        assertThat(version.find()).as("a valid draft: %s", stored).isTrue();
        assertThat(stored).contains("awards/chien-si-thi-dua-cap-tinh.tests.yaml")
                .contains("Boundary cases of CHIEN_SI_THI_DUA_CAP_TINH.consecutiveGrassrootsTitles from 2027-01-01 (4)")
                .contains("CSTT-C1: NOT_MET").contains("year: 2024");
    }

    @Test
    void aCountOfMembersAPercentageAndMonthsGetTheirCasesFromTheirDescriptions() throws Exception {
        String reference = "Luật Thi đua, khen thưởng 06/2022/QH15, Điều 27";
        assertThat(all(CASE, page(change("/policy/changes/parameter/preview", "TAP_THE_LAO_DONG_XUAT_SAC", "minimumGrassrootsFighters",
                "2", reference)))).containsExactly(
                "Tập thể 10 thành viên đều đạt Lao động tiên tiến, 1 người đạt Chiến sĩ thi đua cơ sở (ngay dưới ngưỡng; yêu cầu từ 2 người trở lên)"
                        + " → Không đủ điều kiện",
                "Tập thể 10 thành viên đều đạt Lao động tiên tiến, 2 người đạt Chiến sĩ thi đua cơ sở (đúng ngưỡng; yêu cầu từ 2 người trở lên)"
                        + " → Đủ điều kiện",
                "Tập thể 10 thành viên đều đạt Lao động tiên tiến, 3 người đạt Chiến sĩ thi đua cơ sở (ngay trên ngưỡng; yêu cầu từ 2 người trở lên)"
                        + " → Đủ điều kiện");
        assertThat(all(CASE, page(change("/policy/changes/parameter/preview", "TAP_THE_LAO_DONG_XUAT_SAC", "advancedWorkerSharePercent",
                "80", reference)))).containsExactly(
                "Tập thể 10 thành viên, 7 người đạt Lao động tiên tiến (ngay dưới ngưỡng; yêu cầu từ 80% trở lên) → Không đủ điều kiện",
                "Tập thể 10 thành viên, 8 người đạt Lao động tiên tiến (đúng ngưỡng; yêu cầu từ 80% trở lên) → Đủ điều kiện",
                "Tập thể 10 thành viên, 9 người đạt Lao động tiên tiến (ngay trên ngưỡng; yêu cầu từ 80% trở lên) → Đủ điều kiện");
        String months = page(change("/policy/changes/parameter/preview", "LAO_DONG_TIEN_TIEN", "transferCommentMinMonths", "3",
                "Thông tư 01/2024/TT-BNV").param("lang", "en"));
        assertThat(all(CASE, months)).containsExactly(
                "A person who moved after 2 months at the previous unit, without its written comment (just below the threshold;"
                        + " required less than 3 months) → Eligible",
                "A person who moved after 3 months at the previous unit, without its written comment (at the threshold;"
                        + " required less than 3 months) → Incomplete",
                "A person who moved after 4 months at the previous unit, without its written comment (just above the threshold;"
                        + " required less than 3 months) → Incomplete");
        assertThat(all(CHOSEN, months)).containsExactly("ELIGIBLE", "INCOMPLETE", "INCOMPLETE");
    }

    @Test
    void aParameterNoScenarioCanExerciseSaysWhy() throws Exception {
        String reference = "Luật Thi đua, khen thưởng 06/2022/QH15, Điều 24";
        assertThat(page(change("/policy/changes/parameter/preview", "CHIEN_SI_THI_DUA_CO_SO", "councilVotePercent", "75", reference)))
                .contains("Không tình huống kiểm thử nào kiểm tra được ngưỡng này: tiêu chí này là phần việc của Hội đồng")
                .doesNotContain("class=\"case-words\"");
        assertThat(page(change("/policy/changes/parameter/preview", "LAO_DONG_TIEN_TIEN", "postingWorkingDays", "5", reference)))
                .contains("Không tiêu chí xét điều kiện nào đọc mức quy định này");
        assertThat(page(change("/policy/changes/parameter/preview", "LAO_DONG_TIEN_TIEN", "requireNoAdminSanction", "true", reference)))
                .contains("không phải là một ngưỡng bằng số");
        assertThat(page(change("/policy/changes/parameter/preview", "BANG_KHEN_CHU_TICH_UBND_TINH", "householdMinContributionVnd", "0",
                "Luật Thi đua, khen thưởng 06/2022/QH15, Điều 74")))
                .contains("tiêu chí không so sánh với ngưỡng nào (Hội đồng xem xét)");
    }
}
