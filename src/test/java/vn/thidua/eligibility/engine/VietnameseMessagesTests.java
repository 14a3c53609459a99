package vn.thidua.eligibility.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.EvaluationRequest;
import vn.thidua.dossier.RequestReader;
import vn.thidua.eligibility.CriterionOutcome;
import vn.thidua.eligibility.EligibilityDecision;
import vn.thidua.eligibility.Outcome;
import vn.thidua.eligibility.Text;
import vn.thidua.eligibility.Warning;
import vn.thidua.ranking.Ranker;
import vn.thidua.ranking.Ranking;
import vn.thidua.ranking.RankingEntry;

/**
 * What an officer reads in Vietnamese is Vietnamese: no field or enum name (camelCase words, words
 * with "_", UPPER_SNAKE or all-capital codes such as HTXSNV, dotted keys), no "tham số", no draft law
 * "đang được áp dụng", no phrase repeated in brackets right after itself, counts of months, times and
 * years written as the law writes them ("06 tháng"), and "thôn, tổ dân phố" where both are meant.
 * Checked on every text of the two Vietnamese message files and on the explanations, missing items,
 * warnings, authorities and ranking reasons of real decisions (the sample communes, evaluated with the
 * real rules).
 */
class VietnameseMessagesTests {

    /**
     * Abbreviations and codes officers use themselves; only all-capital ASCII words of four or more
     * letters need to be here to pass, the others are listed to say they are meant.
     */
    static final Set<String> ALLOWED = Set.of("NĐ", "NĐ-CP", "QH15", "TT-BNV", "UBND", "HĐND", "CSTĐ", "CSTĐCS", "LĐTT",
            "TTLĐTT", "TTLĐXS", "TĐKT", "HĐTĐKT", "JSON", "PDF", "Excel");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]*}");
    /** A path on this site ("/schemas/request.schema.json"): named for the technical user, not a key. */
    private static final Pattern SITE_PATH = Pattern.compile("(?<=\\s|\\()/\\S+");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_.\\-]+");
    private static final Pattern CAMEL = Pattern.compile("[a-z]+[A-Z][A-Za-z0-9]*");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]{3,}");
    private static final Pattern DOTTED = Pattern.compile("[A-Za-z][A-Za-z0-9]*(\\.[A-Za-z0-9]+)+");
    private static final Pattern SINGLE_DIGIT_COUNT = Pattern.compile("(?<![\\p{N}/.,])[1-9] (tháng|lần|năm liên tục|sáng kiến)");
    private static final Pattern BRACKETED = Pattern.compile("\\(([^()]{3,})\\)");

    private static RuleSet ruleSet;
    private static final List<String> rendered = new ArrayList<>();

    @BeforeAll
    static void evaluateTheSampleCommunes() throws IOException {
        ruleSet = new RuleSetLoader(Clock.systemUTC()).load(Path.of("rules"));
        RequestReader reader = new RequestReader(104_857_600, 10_000, Clock.systemUTC());
        for (String file : List.of("data/sample-commune.json", "data/commune-300.json")) {
            EvaluationRequest request;
            try (InputStream in = Files.newInputStream(Path.of(file))) {
                request = reader.read(in);
            }
            RuleEngine.Output output = new RuleEngine(256, 2000).evaluate(ruleSet, request);
            output.warnings().forEach(w -> rendered.add(file + " run warning " + w.code() + ": " + w.vi()));
            for (EligibilityDecision d : output.decisions()) {
                String at = file + " " + d.subjectId() + " " + d.award() + " ";
                for (CriterionOutcome c : d.criteria()) {
                    if (c.explanation() != null) {
                        rendered.add(at + c.id() + ": " + c.explanation().vi());
                    }
                }
                d.missing().forEach(m -> rendered.add(at + "missing: " + m.vi()));
                for (Warning w : d.warnings()) {
                    rendered.add(at + "warning " + w.code() + ": " + w.vi());
                }
                if (d.authority() != null) {
                    rendered.add(at + "authority: " + d.authority().vi());
                }
            }
            for (Ranking ranking : Ranker.of(ruleSet).rank(request, output.decisions())) {
                for (RankingEntry e : ranking.entries()) {
                    if (e.reason() != null) {
                        rendered.add(file + " ranking " + e.subjectId() + ": " + e.reason().vi());
                    }
                }
            }
        }
        for (AwardCode award : AwardCode.values()) {
            Text name = ruleSet.awards().name(award);
            if (name != null) {
                rendered.add("awards.yaml " + award + ": " + name.vi());
            }
        }
    }

    @Test
    void theRulesVietnameseMessagesNameNoIdentifier() throws IOException {
        assertThat(problems(texts(Path.of("rules/messages_vi.properties")), true)).isEmpty();
    }

    @Test
    void thePagesVietnameseTextsNameNoIdentifier() throws IOException {
        assertThat(problems(texts(Path.of("src/main/resources/i18n/messages_vi.properties")), true)).isEmpty();
    }

    @Test
    void theRenderedExplanationsOfRealDecisionsNameNoIdentifier() {
        assertThat(rendered).as("texts rendered from the sample communes").hasSizeGreaterThan(500);
        Map<String, String> where = new LinkedHashMap<>();
        for (String line : rendered) {
            int colon = line.indexOf(": ");
            where.putIfAbsent(line.substring(colon + 2), line.substring(0, colon));
        }
        Map<String, String> texts = new LinkedHashMap<>();
        where.forEach((text, at) -> texts.put(at, text));
        assertThat(problems(texts, false)).isEmpty();
    }

    @Test
    void countsAreWrittenAsTheLawWritesThem() {
        assertThat(rendered).anyMatch(t -> t.contains("06 tháng"));
        Properties vi = new Properties();
        vi.setProperty("k", "Dưới {months,count} tháng, {times,count} lần, {years,count} năm; {members} thành viên.");
        Properties en = new Properties();
        en.setProperty("k", "Under {months,count} months, {times} times, {years} years; {members} members.");
        MessageCatalog catalog = new MessageCatalog(vi, en);
        Text text = catalog.render(Map.of("months", 6, "times", 12, "years", 3L, "members", 5), "k");
        assertThat(text.vi()).isEqualTo("Dưới 06 tháng, 12 lần, 03 năm; 5 thành viên.");
        assertThat(catalog.render(Map.of("months", 0, "times", 1, "years", 10, "members", 0), "k").vi())
                .as("zero is not padded").isEqualTo("Dưới 0 tháng, 01 lần, 10 năm; 0 thành viên.");
        assertThat(text.en()).isEqualTo("Under 6 months, 12 times, 3 years; 5 members.");
        vi.setProperty("m", "Đóng góp {value,amount} đồng năm {year}.");
        en.setProperty("m", "Contributions of {value,amount} VND in {year}.");
        Text money = catalog.render(Map.of("value", 134_000_000L, "year", 2025), "m");
        assertThat(money).isNull();
        money = new MessageCatalog(vi, en).render(Map.of("value", 134_000_000L, "year", 2025), "m");
        assertThat(money.vi()).isEqualTo("Đóng góp 134.000.000 đồng năm 2025.");
        assertThat(money.en()).isEqualTo("Contributions of 134,000,000 VND in 2025.");
    }

    @Test
    void aDeferredDecisionReadsNotYetConsideredForAnAward() throws IOException {
        assertThat(texts(Path.of("rules/messages_vi.properties"))).containsEntry("value.DEFERRED", "chưa xét khen thưởng");
        assertThat(texts(Path.of("src/main/resources/i18n/messages_vi.properties"))).containsEntry("outcome.DEFERRED", "Chưa xét khen thưởng");
        assertThat(rendered).filteredOn(t -> t.contains(" ranking ") && t.contains("còn vụ việc chưa kết thúc"))
                .allMatch(t -> t.contains("chưa xét khen thưởng"));
        assertThat(Outcome.valueOf("DEFERRED")).isNotNull();
    }

    @Test
    void catchesWhatItIsMeantToCatch() {
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("a", "Hồ sơ không ghi loại đối tượng (subjectType).");
        bad.put("b", "Xếp loại HTXSNV liên tục.");
        bad.put("c", "Kết quả NOT_RATED.");
        bad.put("d", "Khóa value.HTTNV.");
        bad.put("e", "Theo tham số hiện hành.");
        bad.put("f", "Như dự thảo sửa đổi đang được áp dụng yêu cầu.");
        bad.put("g", "Nên Hội đồng xem xét (Hội đồng xem xét).");
        bad.put("h", "Dưới 6 tháng.");
        bad.put("i", "Biên bản họp thôn năm 2025.");
        bad.put("j", "Đối tượng CBCCVC_NLD.");
        assertThat(problems(bad, true)).hasSize(bad.size());
        Map<String, String> good = new LinkedHashMap<>();
        good.put("a", "Luật Thi đua, khen thưởng 06/2022/QH15; Thông tư 01/2024/TT-BNV; Chủ tịch UBND; {minimumMonths,count} tháng.");
        good.put("b", "Biên bản (BB-THCS-ROMEN-2025/06) của thôn, tổ dân phố; sáng kiến SK-TINH-2025-07; năm 2025; 12 lần.");
        good.put("c", "Tệp JSON (lược đồ tại /schemas/request.schema.json) hoặc Excel; In danh sách (PDF).");
        assertThat(problems(good, true)).isEmpty();
    }

    /**
     * What is wrong with each text, as "key: problem: text". The wording of "thôn, tổ dân phố" is checked
     * in the message files only: a rendered text may quote a dossier ("đường thôn").
     */
    static List<String> problems(Map<String, String> texts, boolean messageFiles) {
        List<String> problems = new ArrayList<>();
        texts.forEach((key, text) -> {
            String words = SITE_PATH.matcher(PLACEHOLDER.matcher(text).replaceAll(" ")).replaceAll(" ");
            Matcher token = TOKEN.matcher(words);
            while (token.find()) {
                String t = token.group().replaceAll("^[.\\-]+|[.\\-]+$", "");
                if (t.isEmpty() || ALLOWED.contains(t)) {
                    continue;
                }
                if (t.contains("_")) {
                    problems.add(key + ": word with _ " + t + ": " + text);
                } else if (CAMEL.matcher(t).matches()) {
                    problems.add(key + ": camelCase " + t + ": " + text);
                } else if (DOTTED.matcher(t).matches()) {
                    problems.add(key + ": dotted key " + t + ": " + text);
                } else if (CODE.matcher(t).matches()) {
                    problems.add(key + ": code " + t + ": " + text);
                }
            }
            String lower = text.toLowerCase();
            if (lower.contains("tham số")) {
                problems.add(key + ": \"tham số\": " + text);
            }
            if (lower.contains("dự thảo") && lower.contains("đang được áp dụng")) {
                problems.add(key + ": a draft said to be applied: " + text);
            }
            Matcher bracket = BRACKETED.matcher(text);
            while (bracket.find()) {
                if (text.substring(0, bracket.start()).stripTrailing().endsWith(bracket.group(1))) {
                    problems.add(key + ": doubled phrase (" + bracket.group(1) + "): " + text);
                }
            }
            if (SINGLE_DIGIT_COUNT.matcher(PLACEHOLDER.matcher(text).replaceAll("")).find()) {
                problems.add(key + ": a count of one digit, the law writes two (\"06 tháng\"): " + text);
            }
            if (messageFiles && Pattern.compile("\\bthôn\\b(?!, tổ dân phố)", Pattern.UNICODE_CHARACTER_CLASS).matcher(lower).find()) {
                problems.add(key + ": \"thôn\" alone or \"thôn/tổ dân phố\", say \"thôn, tổ dân phố\": " + text);
            }
        });
        return problems;
    }

    /** Every text of a properties file, by key, as the application reads it (UTF-8). */
    static Map<String, String> texts(Path file) throws IOException {
        Properties properties = new Properties();
        try (InputStreamReader in = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        Map<String, String> texts = new LinkedHashMap<>();
        properties.stringPropertyNames().stream().sorted().forEach(k -> texts.put(k, properties.getProperty(k)));
        return texts;
    }
}
