package vn.thidua.eligibility.engine;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.modulith.NamedInterface;

import vn.thidua.dossier.AwardCode;
import vn.thidua.eligibility.Citation;
import vn.thidua.eligibility.Text;

/**
 * A {@link RuleCatalogue} as Markdown, in Vietnamese or English: a section per award with a table of
 * its criteria, a table of its parameters' values by date (the one in force today marked) and a table
 * of its conferring authorities, then the cross-cutting criteria. The command line and the policy
 * pages write the same text for the same catalogue and language.
 */
@NamedInterface("engine")
public final class RuleCatalogueMarkdown {

    private static final Map<String, String> VI = Map.ofEntries(
            Map.entry("title", "Danh mục danh hiệu, tiêu chí và giá trị quy định"),
            Map.entry("generated", "Tạo tự động từ bộ quy tắc %s, kích hoạt lúc %s; không sửa tay. "
                    + "Giá trị quy định đang áp dụng tính đến ngày %s (giờ Việt Nam)."),
            Map.entry("noRules", "Bộ quy tắc không có quy tắc cho danh hiệu này."),
            Map.entry("dependsOn", "Xét sau (trong cùng lần đánh giá): %s."),
            Map.entry("criteria", "Tiêu chí"),
            Map.entry("noCriteria", "Không có tiêu chí."),
            Map.entry("parameters", "Giá trị quy định theo ngày"),
            Map.entry("authorities", "Thẩm quyền khen thưởng"),
            Map.entry("common", "Tiêu chí chung (áp dụng cho mọi danh hiệu)"),
            Map.entry("col.criterion", "Tiêu chí"), Map.entry("col.text", "Nội dung"), Map.entry("col.citation", "Căn cứ"),
            Map.entry("col.subjects", "Đối tượng"), Map.entry("col.branch", "Nhánh"),
            Map.entry("col.review", "Rà soát pháp lý"), Map.entry("col.rule", "Quy tắc"),
            Map.entry("col.parameter", "Quy định"), Map.entry("col.sector", "Ngành"),
            Map.entry("col.basis", "Chọn theo ngày"), Map.entry("col.since", "Từ ngày"), Map.entry("col.value", "Giá trị"),
            Map.entry("col.reference", "Căn cứ"), Map.entry("col.today", "Hôm nay"),
            Map.entry("col.levels", "Cấp đơn vị"), Map.entry("col.from", "Từ ngày"), Map.entry("col.until", "Đến ngày"),
            Map.entry("col.authority", "Thẩm quyền"),
            Map.entry("basis.decision", "quyết định"), Map.entry("basis.achievement", "chốt thành tích"),
            Map.entry("IN_FORCE", "**đang áp dụng**"), Map.entry("FUTURE", "chưa có hiệu lực"),
            Map.entry("SUPERSEDED", "đã được thay thế"),
            Map.entry("pending", "chờ rà soát pháp lý"), Map.entry("defers", "hoãn xét nếu không đạt"),
            Map.entry("unentered", "chưa nhập: giá trị do tỉnh quy định, bắt buộc có trước khi chuyển sang %s"),
            Map.entry("unentered.today", "chưa nhập"),
            Map.entry("anyLevel", "mọi cấp"));

    private static final Map<String, String> EN = Map.ofEntries(
            Map.entry("title", "Catalogue of awards, criteria and parameters"),
            Map.entry("generated", "Generated from rule set %s, activated at %s; do not edit by hand. "
                    + "Parameter values in force as of %s (Vietnam time)."),
            Map.entry("noRules", "The rule set has no rules for this award."),
            Map.entry("dependsOn", "Decided after (in the same run): %s."),
            Map.entry("criteria", "Criteria"),
            Map.entry("noCriteria", "No criteria."),
            Map.entry("parameters", "Parameter values by date"),
            Map.entry("authorities", "Conferring authority"),
            Map.entry("common", "Common criteria (every award)"),
            Map.entry("col.criterion", "Criterion"), Map.entry("col.text", "Text"), Map.entry("col.citation", "Citation"),
            Map.entry("col.subjects", "Subjects"), Map.entry("col.branch", "Branch"),
            Map.entry("col.review", "Legal review"), Map.entry("col.rule", "Rule"),
            Map.entry("col.parameter", "Parameter"), Map.entry("col.sector", "Sector"),
            Map.entry("col.basis", "Selected by"), Map.entry("col.since", "From"), Map.entry("col.value", "Value"),
            Map.entry("col.reference", "Reference"), Map.entry("col.today", "Today"),
            Map.entry("col.levels", "Unit level"), Map.entry("col.from", "From"), Map.entry("col.until", "Until"),
            Map.entry("col.authority", "Authority"),
            Map.entry("basis.decision", "decision date"), Map.entry("basis.achievement", "achievement cut-off"),
            Map.entry("IN_FORCE", "**in force**"), Map.entry("FUTURE", "not yet in force"),
            Map.entry("SUPERSEDED", "superseded"),
            Map.entry("pending", "pending legal review"), Map.entry("defers", "defers when not met"),
            Map.entry("unentered", "not entered: the province's value, required before switching to %s"),
            Map.entry("unentered.today", "not entered"),
            Map.entry("anyLevel", "any level"));

    private static final String NONE = "—";
    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final RuleCatalogue catalogue;
    private final boolean english;
    private final Map<String, String> labels;
    private final Function<AwardCode, String> awardName;
    private final StringBuilder out = new StringBuilder(32_768);

    private RuleCatalogueMarkdown(RuleCatalogue catalogue, Locale locale, Function<AwardCode, String> awardName) {
        this.catalogue = catalogue;
        this.english = "en".equals(locale.getLanguage());
        this.labels = english ? EN : VI;
        this.awardName = awardName;
    }

    /**
     * The catalogue as Markdown: English for an English locale, Vietnamese otherwise.
     *
     * @param awardName an award's name in the locale's language; null or blank shows the code alone
     */
    public static String render(RuleCatalogue catalogue, Locale locale, Function<AwardCode, String> awardName) {
        return new RuleCatalogueMarkdown(catalogue, locale, awardName).render();
    }

    private String render() {
        line("# " + label("title"));
        line("");
        line(String.format(label("generated"), code(catalogue.version()),
                OffsetDateTime.ofInstant(catalogue.activatedAt(), RuleCatalogue.ZONE).truncatedTo(ChronoUnit.SECONDS),
                catalogue.today()));
        for (RuleCatalogue.Award award : catalogue.awards()) {
            award(award);
        }
        line("");
        line("## " + label("common"));
        line("");
        criteria(catalogue.common());
        return out.toString();
    }

    private void award(RuleCatalogue.Award award) {
        line("");
        line("## " + name(award.code()));
        line("");
        if (!award.hasRules()) {
            line(label("noRules"));
            line("");
        }
        if (!award.dependsOn().isEmpty()) {
            line(String.format(label("dependsOn"), award.dependsOn().stream().map(this::name).collect(Collectors.joining(", "))));
            line("");
        }
        line("### " + label("criteria"));
        line("");
        criteria(award.criteria());
        if (!award.parameters().isEmpty()) {
            line("");
            line("### " + label("parameters"));
            line("");
            parameters(award.parameters());
        }
        if (!award.authorities().isEmpty()) {
            line("");
            line("### " + label("authorities"));
            line("");
            authorities(award.authorities());
        }
    }

    private void criteria(List<RuleCatalogue.Criterion> criteria) {
        if (criteria.isEmpty()) {
            line(label("noCriteria"));
            return;
        }
        boolean texts = criteria.stream().anyMatch(c -> c.text() != null);
        row(texts ? List.of("col.criterion", "col.text", "col.citation", "col.subjects", "col.branch", "col.review", "col.rule")
                : List.of("col.criterion", "col.citation", "col.subjects", "col.branch", "col.review", "col.rule"), true);
        for (RuleCatalogue.Criterion c : criteria) {
            String id = code(c.id()) + (c.defers() ? " (" + label("defers") + ")" : "");
            String subjects = c.subjects().stream().map(Enum::name).collect(Collectors.joining(", "));
            String branch = c.branch() == null ? NONE : code(c.branch());
            String review = review(c.citation() == null ? null : c.citation().legalReview());
            String rule = code(c.file() + ":" + c.line());
            if (texts) {
                row(List.of(id, text(c.text()), citation(c.citation()), subjects, branch, review, rule), false);
            } else {
                row(List.of(id, citation(c.citation()), subjects, branch, review, rule), false);
            }
        }
    }

    private void parameters(List<RuleCatalogue.Parameter> parameters) {
        row(List.of("col.parameter", "col.sector", "col.basis", "col.since", "col.value", "col.reference", "col.review",
                "col.today"), true);
        for (RuleCatalogue.Parameter p : parameters) {
            if (p.unentered()) {
                row(List.of(parameterName(p), p.sector() == null ? NONE : code(p.sector()),
                        label(p.byDecisionDate() ? "basis.decision" : "basis.achievement"), NONE, NONE,
                        label("unentered").formatted(code(String.valueOf(p.neededUnder()))), NONE,
                        label("unentered.today")), false);
            }
            for (RuleCatalogue.DatedValue v : p.values()) {
                // In words as the awards page shows it ("50%", "06 tháng", "có"), from the same formatter (ParameterWords).
                String value = v.shown() == null ? code(String.valueOf(v.value())) : text(v.shown());
                row(List.of(parameterName(p), p.sector() == null ? NONE : code(p.sector()),
                        label(p.byDecisionDate() ? "basis.decision" : "basis.achievement"), DAY_FIRST.format(v.since()),
                        value, cell(v.reference()), review(v.legalReview()), label(v.standing().name())), false);
            }
        }
        line("");
        for (RuleCatalogue.Parameter p : parameters) {
            if (p.sector() == null && p.description() != null && !p.description().isBlank()) {
                line("- " + code(p.name()) + ": " + cell(p.description()));
            }
        }
    }

    /** A parameter by its name in words with its key, "Tỷ lệ … (`advancedWorkerSharePercent`)"; the key alone when the texts do not name it. */
    private String parameterName(RuleCatalogue.Parameter p) {
        return p.label() == null ? code(p.name()) : text(p.label()) + " (" + code(p.name()) + ")";
    }

    private void authorities(List<RuleCatalogue.Conferral> authorities) {
        row(List.of("col.levels", "col.from", "col.until", "col.authority", "col.citation", "col.review"), true);
        for (RuleCatalogue.Conferral a : authorities) {
            String levels = a.levels().isEmpty() ? label("anyLevel")
                    : a.levels().stream().map(Enum::name).collect(Collectors.joining(", "));
            row(List.of(levels, date(a.from()), date(a.until()),
                    cell(english ? a.authority().en() : a.authority().vi()), cell(a.authority().citation()),
                    review(a.authority().legalReview())), false);
        }
    }

    private String name(AwardCode code) {
        String name = awardName == null ? null : awardName.apply(code);
        return name == null || name.isBlank() || name.equals(code.name()) ? code(code.name())
                : cell(name) + " (" + code(code.name()) + ")";
    }

    private String citation(Citation citation) {
        if (citation == null) {
            return NONE;
        }
        String title = cell(citation.title());
        return citation.href() == null ? title : "[" + title + "](" + href(citation.href()) + ")";
    }

    private String text(Text text) {
        return text == null ? NONE : cell(english ? text.en() : text.vi());
    }

    private String review(String status) {
        return status == null ? NONE : RuleCatalogue.PENDING.equals(status) ? label("pending") : cell(status);
    }

    private static String date(LocalDate date) {
        return date == null ? NONE : date.toString();
    }

    private void row(List<String> cells, boolean header) {
        List<String> shown = header ? cells.stream().map(this::label).toList() : cells;
        line("| " + String.join(" | ", shown) + " |");
        if (header) {
            line("|" + " --- |".repeat(cells.size()));
        }
    }

    private String label(String key) {
        return labels.get(key);
    }

    private void line(String text) {
        out.append(text).append('\n');
    }

    /** Text for a table cell: one line, shown as written (no emphasis, link or HTML), and a pipe does not end the cell. */
    private static String cell(String text) {
        if (text == null) {
            return NONE;
        }
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (char ch : oneLine(text).toCharArray()) {
            if ("\\`*_[]<|".indexOf(ch) >= 0) {
                escaped.append('\\');
            }
            escaped.append(ch);
        }
        return escaped.toString();
    }

    /** A code span; text with a backquote is shown as plain text instead. */
    private static String code(String text) {
        return text.contains("`") ? cell(text) : "`" + oneLine(text).replace("|", "\\|") + "`";
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    /** A link target that cannot end the link or the cell early. */
    private static String href(String href) {
        return href.strip().replace(" ", "%20").replace("(", "%28").replace(")", "%29").replace("|", "%7C")
                .replace("<", "%3C").replace(">", "%3E");
    }
}
