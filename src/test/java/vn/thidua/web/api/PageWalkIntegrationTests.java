package vn.thidua.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import vn.thidua.accounts.Role;
import vn.thidua.audit.RecordKind;
import vn.thidua.council.Attendance;
import vn.thidua.council.CouncilOutcome;
import vn.thidua.dossier.AreaDifficulty;
import vn.thidua.dossier.AttestationKind;
import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.Gender;
import vn.thidua.dossier.Occupation;
import vn.thidua.dossier.PriorityGroup;
import vn.thidua.dossier.SampleRequests;
import vn.thidua.dossier.SubjectKind;
import vn.thidua.dossier.SubjectType;
import vn.thidua.dossier.UnitLevel;
import vn.thidua.eligibility.CriterionStatus;
import vn.thidua.eligibility.Outcome;
import vn.thidua.scheduling.MemberRole;
import vn.thidua.testing.DatabaseProfiles;

/**
 * Walks every page of the application in Vietnamese and English, as the administrator (who may open
 * every page) and as the public, following each link from the start page and the known routes of a
 * stored run with a public list, and fails on any code in the text a reader sees: an enum name
 * ({@code INDIVIDUAL}, {@code LAO_DONG_TIEN_TIEN}), a field name ({@code subjectId}) or map text
 * ({@code {key=value}}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = DatabaseProfiles.class)
class PageWalkIntegrationTests {

    /** Pages per walk at most: the sample run's decisions alone are 40 pages per language. */
    private static final int MAX_PAGES = 400;

    /** Words in capitals with an underscore: enum names and award codes. */
    private static final Pattern SNAKE = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b");
    /** camelCase words: field names of records and JSON. */
    private static final Pattern CAMEL = Pattern.compile("\\b[a-z]+(?:[A-Z][a-z0-9]+)+\\b");
    /** A map printed by toString: {key=value, …}. */
    private static final Pattern MAP = Pattern.compile("\\{[^{}]*\\w=[^{}]*\\}");
    private static final Pattern WORD = Pattern.compile("\\b[A-Z]{2,}\\b");

    /**
     * Enum names of one word, which the snake pattern cannot see (ELIGIBLE, INDIVIDUAL, MET, MALE …).
     * Not the rating levels: HTXSNV, HTTNV, HTNV are the abbreviations official texts themselves use, and
     * legal references quote them; the facts of a decision say them in words (DecisionFactsPageTests).
     */
    private static final Set<String> ONE_WORD_ENUMS = new TreeSet<>();

    static {
        Stream.of(AwardCode.values(), Outcome.values(), PriorityGroup.values(), SubjectKind.values(), CriterionStatus.values(),
                UnitLevel.values(), Gender.values(), Occupation.values(), AttestationKind.values(), SubjectType.values(),
                AreaDifficulty.values(), Role.values(), RecordKind.values(), Attendance.values(),
                CouncilOutcome.values(), MemberRole.values())
                .flatMap(Stream::of).map(Enum::name).filter(name -> !name.contains("_")).forEach(ONE_WORD_ENUMS::add);
    }

    @LocalServerPort
    private int port;

    @Test
    void noPageShowsAnEnumNameAFieldNameOrAMapInEitherLanguage() {
        ApiClient api = new ApiClient(port);
        ApiClient.Answer evaluated = api.post("/api/evaluations", SampleRequests.commune());
        assertThat(evaluated.status()).as(evaluated.body()).isIn(200, 201);
        long run = evaluated.json().path("runId").asLong();
        PageSession admin = PageSession.signIn(port, ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD);
        PageSession.Page published = admin.submit("/runs/" + run, "/runs/" + run + "/public-lists",
                Map.of("title", "Danh sách đề nghị khen thưởng (đi qua mọi trang)", "opensOn", "2026-01-02", "closesOn", "2099-01-07"));
        assertThat(published.status()).isEqualTo(302);
        String subject = evaluated.json().path("decisions").get(0).path("subjectId").asString();

        List<String> seeds = List.of("/", "/runs", "/runs/" + run, "/runs/" + run + "/rankings", "/runs/" + run + "/council",
                "/runs/" + run + "/award-decisions", "/runs/" + run + "?outcome=ELIGIBLE&size=5&page=2", "/register", "/audit",
                "/audit?subject=" + subject, "/audit/chain", "/audit/accounts", "/policy/awards", "/policy/validate",
                "/policy/changes", "/policy/changes/editor", "/admin/users", "/council", "/council/sessions", "/public", "/reports",
                "/reports?from=2024&to=2026", "/reports?from=2026&to=2024", "/oversight");
        List<String> problems = new ArrayList<>();
        int walked = 0;
        for (String lang : List.of("vi", "en")) {
            PageSession signedIn = PageSession.signIn(port, ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD);
            walked += walk(signedIn, lang, seeds, problems);
            walked += walk(PageSession.anonymous(port), lang, List.of("/", "/public", "/login"), problems);
        }
        assertThat(walked).as("pages walked").isGreaterThan(60);
        assertThat(problems).as("codes in the visible text of the pages").isEmpty();
    }

    /** Opens the seeds and every page they lead to, once each, in one language; returns how many pages were read. */
    private int walk(PageSession session, String lang, List<String> seeds, List<String> problems) {
        Deque<String> queue = new ArrayDeque<>(seeds);
        Set<String> seen = new LinkedHashSet<>(seeds);
        int decisions = 0;
        int read = 0;
        while (!queue.isEmpty() && read < MAX_PAGES) {
            String path = queue.removeFirst();
            PageSession.Page page = session.get(path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
            if (page.status() != 200 || !page.html().stripLeading().startsWith("<!DOCTYPE html>")) {
                if (page.status() >= 500) {
                    problems.add(lang + " " + path + ": status " + page.status());
                }
                continue;
            }
            read++;
            Document document = Jsoup.parse(page.html());
            assertThat(document.selectFirst("html").attr("lang")).as("language of " + path).isEqualTo(lang);
            check(lang + " " + path, visibleText(document), problems);
            for (Element link : document.select("a[href]")) {
                String href = link.attr("href").replaceAll("[?&]lang=(vi|en)", "");
                if (!followed(href) || !seen.add(href)) {
                    continue;
                }
                // Every decision page is the same template: a dozen per walk cover its kinds, outcomes and awards.
                if (href.contains("/decision?") && ++decisions > 12) {
                    continue;
                }
                queue.addLast(href);
            }
        }
        return read;
    }

    /** Pages of this application; not downloads (Excel, PDF, Word), the API, its documentation or signing out. */
    private static boolean followed(String href) {
        return href.startsWith("/") && !href.startsWith("//") && !href.startsWith("/api/") && !href.startsWith("/v3/")
                && !href.startsWith("/swagger") && !href.startsWith("/schemas/") && !href.startsWith("/actuator")
                && !href.startsWith("/logout") && !href.matches(".*\\.(xlsx|pdf|docx|json|csv|zip)(\\?.*)?$")
                && !href.contains("#");
    }

    /**
     * The text a reader sees. Left out: {@code <script>} and {@code <style>} (never shown), attribute
     * values and form field names (not text), {@code <textarea>} (the rule editor's working copy of DRL
     * and YAML files, which policy staff edit as files on purpose) and {@code <pre>} (rule texts and
     * file differences on the audit and policy pages, shown as the files are, on purpose).
     */
    private static String visibleText(Document document) {
        document.select("script, style, textarea, pre, template, noscript").remove();
        // Elements side by side (the tags of priority groups, the links of the header) are apart on
        // the screen; jsoup would join their texts into one word.
        document.body().getAllElements().forEach(element -> element.prependText(" ").appendText(" "));
        return document.title() + " " + document.body().text();
    }

    private static void check(String where, String text, List<String> problems) {
        for (Pattern pattern : List.of(SNAKE, CAMEL, MAP)) {
            Matcher found = pattern.matcher(text);
            while (found.find()) {
                problems.add(where + ": «" + found.group() + "» in «" + around(text, found.start(), found.end()) + "»");
            }
        }
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            if (ONE_WORD_ENUMS.contains(word.group())) {
                problems.add(where + ": «" + word.group() + "» in «" + around(text, word.start(), word.end()) + "»");
            }
        }
    }

    private static String around(String text, int start, int end) {
        return text.substring(Math.max(0, start - 40), Math.min(text.length(), end + 40));
    }
}
