package vn.thidua.eligibility.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every link to a legal source in {@code rules/} ({@code @href} of a rule, {@code href:} of a YAML
 * file) goes to an official or primary legal source: a national database of legal texts, or the
 * Government's or a central state body's own site. Not to newspapers, commercial legal blogs, school
 * portals or provincial news pages: a criterion with no such source has no link, rather than a weak one.
 */
class LegalSourceLinksTests {

    private static final Path RULES = Path.of("rules");

    /** The hosts a link may go to (or a subdomain of them), each with why it counts. */
    static final Map<String, String> OFFICIAL_HOSTS = Map.of(
            "vbpl.vn", "Cơ sở dữ liệu quốc gia về văn bản pháp luật (Bộ Tư pháp)",
            "congbao.chinhphu.vn", "Công báo nước Cộng hòa xã hội chủ nghĩa Việt Nam",
            "chinhphu.vn", "Cổng Thông tin điện tử Chính phủ and its sections (văn bản, chính sách online: ministries' answers)",
            "baochinhphu.vn", "Báo Điện tử Chính phủ, the Government's own organ (Bộ Nội vụ's published answers)",
            "moha.gov.vn", "Bộ Nội vụ, the ministry in charge of thi đua, khen thưởng",
            "thuvienphapluat.vn", "the usual primary mirror of legal texts",
            "bqllang.gov.vn", "a central state body's page on Nghị định 98/2023/NĐ-CP, the only source the legal reference gives for it");

    private static final Pattern HREF = Pattern.compile("@href\\(\"([^\"]*)\"\\)|^\\s*href:\\s*\"?([^\"#\\s]+)\"?");

    @Test
    void everyLinkGoesToAnOfficialOrPrimaryLegalSource() throws IOException {
        List<String> links = links();
        assertThat(links).as("links in rules/").isNotEmpty();
        List<String> refused = new ArrayList<>();
        for (String link : links) {
            if (!official(link)) {
                refused.add(link);
            }
        }
        assertThat(refused).as("links to hosts outside the allow-list %s", OFFICIAL_HOSTS.keySet()).isEmpty();
    }

    @Test
    void theCouncilVoteOfTheProvincialFighterLinksToDecree98() throws IOException {
        String drl = Files.readString(RULES.resolve("awards/chien-si-thi-dua-cap-tinh.drl"), StandardCharsets.UTF_8);
        Matcher vote = Pattern.compile("rule \"CSTT-C5[^\"]*\"(.*?)\\nwhen", Pattern.DOTALL).matcher(drl);
        int rules = 0;
        while (vote.find()) {
            rules++;
            if (vote.group(0).contains("(decided from 01/07/2025)")) {
                // Decided from 01/07/2025 the vote cites NĐ 152/2025, linked to its record in the national database.
                assertThat(vote.group(1)).contains("Nghị định 152/2025/NĐ-CP").contains("@href(\"https://vbpl.vn/");
            } else {
                assertThat(vote.group(1)).contains("Nghị định 98/2023/NĐ-CP")
                        .contains("@href(\"https://bqllang.gov.vn/tin-tuc/tin-tong-hop/14951-diem-moi-cua-nghi-dinh-quy-dinh-chi-tiet-thi-hanh");
            }
        }
        assertThat(rules).isEqualTo(4);
    }

    @Test
    void refusesNewsPagesAndSchoolPortals() {
        assertThat(official("http://laocai.edu.vn/?pageid=100257&qid=76381")).isFalse();
        assertThat(official("https://amp.laodong.vn/giao-duc/tin-vui.ldo")).isFalse();
        assertThat(official("https://lawnet.vn/thong-tin-phap-luat/a.html")).isFalse();
        assertThat(official("https://thuvienphapluat.vn.example.com/x")).isFalse();
        assertThat(official("http://vbpl.vn/TW/Pages/vbpq-toanvan.aspx")).as("https only").isFalse();
        assertThat(official("https://vbpl.vn/van-ban/chi-tiet/nghi-dinh-so-152-2025-nd-cp--178327")).isTrue();
        assertThat(official("https://chinhsachonline.chinhphu.vn/a-77204.htm")).isTrue();
    }

    /** Every link in the rule, parameter and table files of rules/. */
    private static List<String> links() throws IOException {
        List<String> links = new ArrayList<>();
        try (Stream<Path> files = Files.walk(RULES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".drl") || f.toString().endsWith(".yaml")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = HREF.matcher(lines.get(i));
                    while (m.find()) {
                        links.add((m.group(1) != null ? m.group(1) : m.group(2)) + "  (" + file + ":" + (i + 1) + ")");
                    }
                }
            }
        }
        return links;
    }

    private static boolean official(String link) {
        URI uri;
        try {
            uri = URI.create(link.replaceFirst("\\s+\\(.*\\)$", ""));
        } catch (IllegalArgumentException e) {
            return false;
        }
        String host = uri.getHost();
        return "https".equals(uri.getScheme()) && host != null
                && OFFICIAL_HOSTS.keySet().stream().anyMatch(h -> host.equals(h) || host.endsWith("." + h));
    }
}
