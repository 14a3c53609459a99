package vn.thidua.web.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
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

import vn.thidua.audit.RuleSetArchive;
import vn.thidua.eligibility.engine.RuleSetRegistry;
import vn.thidua.testing.DatabaseProfiles;

/**
 * Switching a provincial option through the parameter change form: the Giấy khen of the commune's
 * chairman goes from the council's judgement to the province's computed standard, and the form asks
 * for every value that standard needs, refuses the switch without them (naming the field), writes
 * them from the same date with the same reference, and stores a draft that passes every scenario.
 * The active version is not changed.
 */
@SpringBootTest
@ActiveProfiles(resolver = DatabaseProfiles.class)
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
class ParameterChangeIntegrationTests {

    private static final RequestPostProcessor POLICY = user("test-admin").roles("POLICY");
    private static final String REFERENCE = "Quy định của tỉnh về thi đua, khen thưởng, Điều 9";

    @Autowired
    private MockMvc mvc;
    @Autowired
    private RuleSetRegistry registry;
    @Autowired
    private RuleSetArchive archive;

    private MockHttpServletRequestBuilder change(String path) {
        return post(path).with(POLICY).with(csrf()).param("award", "GIAY_KHEN_CHU_TICH_UBND_XA").param("parameter", "standard")
                .param("since", "2027-01-01").param("value", "COMPUTED");
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void switchingToTheComputedStandardAsksForEveryValueItNeedsAndStoresADraft() throws Exception {
        String active = registry.active().version();

        String withoutValues = page(change("/policy/changes/parameter/preview").param("reference", REFERENCE));
        assertThat(withoutValues).contains("id=\"error-needed.minimumRating\"", "id=\"error-needed.householdMinContributionVnd\"")
                .contains("Mức xếp loại thấp nhất đạt tiêu chuẩn");

        String badReference = page(change("/policy/changes/parameter/preview").param("reference", "Công văn số 1")
                .param("needed.minimumRating", "HTTNV").param("needed.householdMinContributionVnd", "5000000"));
        assertThat(badReference).contains("id=\"error-reference\"").contains("„Công văn số 1“ không nêu văn bản nào");

        String review = page(change("/policy/changes/parameter/preview").param("reference", REFERENCE)
                .param("needed.minimumRating", "HTTNV").param("needed.householdMinContributionVnd", "5.000.000"));
        assertThat(review).contains("2027-01-01: COMPUTED", "2027-01-01: HTTNV", "2027-01-01: 5000000",
                "2027-01-01: \"" + REFERENCE + "\"").contains("awards/giay-khen-chu-tich-ubnd-xa.params.yaml")
                .doesNotContain("id=\"form-errors\"");

        String stored = page(change("/policy/changes/parameter/draft").param("reference", REFERENCE)
                .param("needed.minimumRating", "HTTNV").param("needed.householdMinContributionVnd", "5000000"));
        Matcher version = Pattern.compile("id=\"draft-version\">(sha256:[0-9a-f]+)<").matcher(stored);
        assertThat(version.find()).as("the result page: %s", stored).isTrue();
        assertThat(archive.contains(version.group(1))).isTrue();
        assertThat(new String(archive.files(version.group(1)).orElseThrow().get("awards/giay-khen-chu-tich-ubnd-xa.params.yaml"),
                StandardCharsets.UTF_8)).contains("      2027-01-01: COMPUTED").contains("# Giấy khen của Chủ tịch UBND cấp xã.");
        assertThat(registry.active().version()).isEqualTo(active);
    }

    @Test
    void aPercentageOutsideZeroToHundredIsRefusedOnItsField() throws Exception {
        String refused = page(post("/policy/changes/parameter/preview").with(POLICY).with(csrf())
                .param("award", "TAP_THE_LAO_DONG_TIEN_TIEN").param("parameter", "advancedWorkerSharePercent@SCHOOL")
                .param("since", "2027-01-01").param("value", "101").param("reference", "Thông tư 29/2023/TT-BGDĐT, Điều 5"));

        assertThat(refused).contains("id=\"error-value\"").contains("„101“ không phải tỷ lệ phần trăm từ 0 đến 100")
                .contains("riêng cho trường học");
    }
}
