package vn.thidua.eligibility.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

import org.springframework.modulith.NamedInterface;

import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.SubjectKind;
import vn.thidua.eligibility.Citation;
import vn.thidua.system.Progress;

/**
 * Builds a {@link RuleSet} from a rules folder: {@code common/*.drl} and {@code awards/*.drl}, the
 * awards' {@code *.params.yaml}, {@code messages_vi.properties} / {@code messages_en.properties},
 * {@code authorities.yaml}, {@code awards.yaml} (names, legal basis and evaluation choices of every
 * award) and {@code subject-types.yaml} (the occupations of the workers-and-farmers branch).
 * The ranking policy, {@value #RANKING_POLICY}, is read only into the files and the version; the
 * ranking module parses it.
 * Refuses, naming file and line: a missing or empty folder, a compile error, a construct outside
 * the facts vocabulary, a rule without {@code @criterion} and {@code @citation}, a criterion without
 * both a met and a not-met rule, a criterion without its texts, and a missing or wrong
 * {@code awards.yaml} or {@code subject-types.yaml}.
 */
@NamedInterface("engine")
public final class RuleSetLoader {

    /** The ranking policy file, relative to the rules folder; never compiled, but part of the version. */
    public static final String RANKING_POLICY = "ranking/policy.yaml";

    /** The files the loader reads besides {@code common/} and {@code awards/}, relative to the rules folder. */
    public static final List<String> NAMED_FILES = List.of("messages_vi.properties", "messages_en.properties", AuthorityTable.FILE,
            AwardTable.FILE, SubjectTypeTable.FILE, InstrumentTable.FILE, RANKING_POLICY, BonusTable.FILE);

    /**
     * Files every rule set needs that versions stored before them lack; such a version is loaded with
     * the readings the engine then had, and a draft made from it needs them added.
     */
    public static final List<String> FILES_STORED_VERSIONS_MAY_LACK = List.of(AwardTable.FILE, SubjectTypeTable.FILE,
            InstrumentTable.FILE);

    /**
     * Where the readings of {@code awards.yaml} and {@code subject-types.yaml} are kept for versions
     * stored before those files existed (the choices the engine then made in Java), so that such a
     * version still loads and replays as it ran. Never edited.
     */
    private static final String STORED_BEFORE_FILES = "stored-before/";

    /** A rule's name: its criterion, the verb of the outcome it records, and a sentence. */
    private static final Pattern RULE_NAME = Pattern.compile("^(\\S+) (met|not met|needs|for the council): .+");

    private final Clock clock;
    private final CompiledRules compiled;

    /** A loader whose compiled rules are kept in this process's memory only. */
    public RuleSetLoader(Clock clock) {
        this(clock, CompiledRules.shared(null));
    }

    /** A loader that reads and keeps compiled rules in {@code compiled}. */
    public RuleSetLoader(Clock clock, CompiledRules compiled) {
        this.clock = clock;
        this.compiled = compiled;
    }

    /** Where this loader keeps compiled rules. */
    public CompiledRules compiled() {
        return compiled;
    }

    /**
     * Loads and checks every file of the folder.
     *
     * @throws RuleSetException listing every problem found
     */
    public RuleSet load(Path dir) {
        return load(dir, Progress.NONE);
    }

    /**
     * Loads and checks every file of the folder, telling {@code progress} how many rule files are
     * compiled or taken from the cache ({@code compile}).
     *
     * @throws RuleSetException listing every problem found
     */
    public RuleSet load(Path dir, Progress progress) {
        if (!Files.isDirectory(dir)) {
            throw new RuleSetException(List.of(new RuleProblem(dir.toString(), 0, "the rules folder does not exist")));
        }
        Map<String, byte[]> files = readFiles(dir);
        if (files.keySet().stream().noneMatch(f -> f.endsWith(".drl"))) {
            throw new RuleSetException(List.of(new RuleProblem(dir.toAbsolutePath().toString(), 0,
                    "no rule files (*.drl) in common/ or awards/: refusing to start with an empty rule set")));
        }
        return load(files, clock.instant(), false, progress);
    }

    /**
     * Loads a rule set from its files, each named by its path in the rules folder (as
     * {@link RuleSet#files()} gives them), for example a version stored in the archive. A version
     * stored before {@code awards.yaml} and {@code subject-types.yaml} existed lacks them; it is read
     * with the choices the engine made then (the resources {@code stored-before/*.yaml} beside this
     * class), and its version stays the hash of its own files.
     *
     * @param activatedAt when this version became (or becomes) the active one
     * @throws RuleSetException listing every problem found
     */
    public RuleSet load(Map<String, byte[]> stored, Instant activatedAt) {
        return load(stored, activatedAt, true, Progress.NONE);
    }

    private RuleSet load(Map<String, byte[]> stored, Instant activatedAt, boolean archived, Progress progress) {
        // The version hash and the order rules are compiled in follow the paths' order.
        Map<String, byte[]> files = new TreeMap<>(stored);
        List<RuleProblem> problems = new ArrayList<>();
        List<String> drls = files.keySet().stream().filter(f -> f.endsWith(".drl")).sorted().toList();
        if (drls.isEmpty()) {
            throw new RuleSetException(List.of(new RuleProblem("(stored files)", 0,
                    "no rule files (*.drl) in common/ or awards/: refusing an empty rule set")));
        }
        String version = version(files);
        RuleSet known = compiled.ruleSet(version, archived);
        if (known != null) {
            try (Progress.Task task = progress.start("compile", drls.size())) {
                task.stepBy(drls.size());
            }
            return known.activatedAt(activatedAt);
        }
        Map<String, String> drlAwards = new LinkedHashMap<>();
        for (String file : drls) {
            RuleLinter.lint(file, text(files.get(file)), problems);
            drlAwards.put(file, file.startsWith("awards/") ? awardOf(file, problems) : null);
        }
        Map<AwardCode, AwardParameters> parameters = readParameters(files, problems);
        MessageCatalog messages = new MessageCatalog(properties(files, "messages_vi.properties", problems),
                properties(files, "messages_en.properties", problems));
        AuthorityTable authorities = files.containsKey(AuthorityTable.FILE)
                ? AuthorityTable.read(files.get(AuthorityTable.FILE), problems) : AuthorityTable.empty();
        // Read only when a decision is drafted; a version stored before the file existed has no bonuses.
        BonusTable bonuses = files.containsKey(BonusTable.FILE) ? BonusTable.read(files.get(BonusTable.FILE), problems)
                : BonusTable.empty();
        AwardTable awards = AwardTable.read(required(files, AwardTable.FILE, archived,
                "every award needs its names, its legal basis and how it is evaluated", problems), problems);
        SubjectTypeTable subjectTypes = SubjectTypeTable.read(required(files, SubjectTypeTable.FILE, archived,
                "it names the occupations of the workers-and-farmers branch (Điều 24) for dossiers without a subject type",
                problems), problems);
        // A version stored before the instrument table existed has none: its citations are not checked.
        InstrumentTable instruments = archived && !files.containsKey(InstrumentTable.FILE) ? InstrumentTable.absent()
                : InstrumentTable.read(required(files, InstrumentTable.FILE, false,
                        "every citation must name a legal instrument of this table, with the dates it applies between", problems),
                        problems);
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        checkCitations(files, instruments, parameters, authorities, awards, subjectTypes, problems);
        if (instruments.present()) {
            bonuses.references().forEach((where, reference) -> instruments.check(BonusTable.FILE,
                    lineOf(files.get(BonusTable.FILE), reference), "the reference of " + where, reference, problems));
        }
        List<KiePackage> packages = compile(files, drls, problems, progress);
        Map<String, RuleMeta> rules = new LinkedHashMap<>();
        List<CriterionDefinition> criteria = catalogue(packages, files, drlAwards, messages, rules, instruments, problems);
        checkTexts(criteria, messages, problems);
        if (!archived) {
            checkStatements(criteria, messages, problems);
        }
        List<List<AwardCode>> stages = stages(drlAwards, parameters, problems);
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        RuleSet ruleSet = new RuleSet(ruleBase(packages), rules, criteria, parameters, stages, messages, version, activatedAt,
                files, authorities, awards, subjectTypes, instruments, bonuses);
        compiled.keep(ruleSet, archived);
        return ruleSet;
    }

    /**
     * A file every rule set needs: from the files, or for a version stored before the file existed
     * the reading kept for it; missing from a folder, a problem.
     */
    private static byte[] required(Map<String, byte[]> files, String name, boolean archived, String why, List<RuleProblem> problems) {
        byte[] content = files.get(name);
        if (content != null) {
            return content;
        }
        if (archived) {
            try (InputStream in = RuleSetLoader.class.getResourceAsStream(STORED_BEFORE_FILES + name)) {
                if (in == null) {
                    throw new IllegalStateException("the application lacks its resource " + STORED_BEFORE_FILES + name);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        problems.add(new RuleProblem(name, 0, "missing: " + why));
        return null;
    }

    private static Map<String, byte[]> readFiles(Path dir) {
        Map<String, byte[]> files = new TreeMap<>();
        for (String folder : List.of("common", "awards")) {
            Path sub = dir.resolve(folder);
            if (!Files.isDirectory(sub)) {
                continue;
            }
            try (Stream<Path> list = Files.list(sub)) {
                for (Path path : list.sorted().toList()) {
                    String name = path.getFileName().toString();
                    if (name.endsWith(".drl") || name.endsWith(".params.yaml")) {
                        files.put(folder + "/" + name, Files.readAllBytes(path));
                    }
                }
            } catch (IOException e) {
                throw new RuleSetException(List.of(new RuleProblem(sub.toString(), 0, "cannot be read: " + e.getMessage())));
            }
        }
        for (String name : NAMED_FILES) {
            Path path = dir.resolve(name);
            try {
                if (Files.isRegularFile(path)) {
                    files.put(name, Files.readAllBytes(path));
                }
            } catch (IOException e) {
                throw new RuleSetException(List.of(new RuleProblem(name, 0, "cannot be read: " + e.getMessage())));
            }
        }
        return files;
    }

    private static String awardOf(String file, List<RuleProblem> problems) {
        String base = file.substring("awards/".length(), file.length() - ".drl".length());
        String code = base.toUpperCase(Locale.ROOT).replace('-', '_');
        try {
            return AwardCode.valueOf(code).name();
        } catch (IllegalArgumentException e) {
            problems.add(new RuleProblem(file, 0, "the file name does not name an award: " + code
                    + " is not one of " + Arrays.toString(AwardCode.values())));
            return null;
        }
    }

    private static Map<AwardCode, AwardParameters> readParameters(Map<String, byte[]> files, List<RuleProblem> problems) {
        Map<AwardCode, AwardParameters> parameters = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            if (!file.getKey().endsWith(".params.yaml")) {
                continue;
            }
            String base = file.getKey().substring(file.getKey().indexOf('/') + 1, file.getKey().length() - ".params.yaml".length());
            try {
                AwardCode award = AwardCode.valueOf(base.toUpperCase(Locale.ROOT).replace('-', '_'));
                parameters.put(award, ParameterFileReader.read(file.getKey(), file.getValue(), award, problems));
            } catch (IllegalArgumentException e) {
                problems.add(new RuleProblem(file.getKey(), 0, "the file name does not name an award"));
            }
        }
        return parameters;
    }

    private static Properties properties(Map<String, byte[]> files, String name, List<RuleProblem> problems) {
        Properties properties = new Properties();
        byte[] content = files.get(name);
        if (content == null) {
            problems.add(new RuleProblem(name, 0, "missing: every criterion needs its explanations in Vietnamese and English"));
            return properties;
        }
        try (InputStreamReader reader = new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            problems.add(new RuleProblem(name, 0, "cannot be read: " + e.getMessage()));
        }
        return properties;
    }

    /**
     * The compiled packages of every rule file, in path order, each file compiled on its own (they
     * share no declarations: the linter refuses declare, function and query) or taken from the cache;
     * files the cache lacks are compiled in parallel. Every compile problem of every file is listed.
     */
    private List<KiePackage> compile(Map<String, byte[]> files, List<String> drls, List<RuleProblem> problems, Progress progress) {
        List<CompiledRules.Compiled> results;
        try (Progress.Task task = progress.start("compile", drls.size())) {
            results = Parallel.map(drls, file -> {
                CompiledRules.Compiled result = compiled.packages(file, files.get(file));
                task.stepBy(1);
                return result;
            });
        }
        List<KiePackage> packages = new ArrayList<>();
        for (CompiledRules.Compiled result : results) {
            problems.addAll(result.problems());
            packages.addAll(result.packages());
        }
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        return packages;
    }

    /** One rule base of the packages, added in path order (the order rules of equal salience are tried in). */
    private static KieBase ruleBase(List<KiePackage> packages) {
        ClassLoader loader = RuleSetLoader.class.getClassLoader();
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase(KieServices.get().newKieBaseConfiguration(null, loader));
        kieBase.addPackages(packages);
        return kieBase;
    }

    private static List<CriterionDefinition> catalogue(List<KiePackage> packages, Map<String, byte[]> files,
            Map<String, String> drlAwards, MessageCatalog messages, Map<String, RuleMeta> rules, InstrumentTable instruments,
            List<RuleProblem> problems) {
        Map<String, CriterionDefinition> criteria = new LinkedHashMap<>();
        Map<String, Set<Boolean>> sides = new LinkedHashMap<>();
        List<WarningRule> warnings = new ArrayList<>();
        List<Rule> all = new ArrayList<>();
        for (KiePackage pkg : packages) {
            all.addAll(pkg.getRules());
        }
        // Each file is split into lines once, each rule's line found once (not on every comparison of the sort).
        Map<String, String[]> fileLines = new java.util.HashMap<>();
        Map<Rule, Integer> ruleLines = new java.util.IdentityHashMap<>();
        for (Rule rule : all) {
            ruleLines.put(rule, lineOf(rule, fileLines.computeIfAbsent(sourceOf(rule),
                    f -> files.containsKey(f) ? text(files.get(f)).split("\n", -1) : null)));
        }
        all.sort((a, b) -> {
            int byFile = sourceOf(a).compareTo(sourceOf(b));
            return byFile != 0 ? byFile : Integer.compare(ruleLines.get(a), ruleLines.get(b));
        });
        // Award criteria first, then cross-cutting ones: the order criteria appear in a decision.
        all.sort((a, b) -> Boolean.compare(sourceOf(a).startsWith("common/"), sourceOf(b).startsWith("common/")));
        // Files are compiled apart, so a rule name used in two files of one package is caught here.
        Map<String, String> seen = new java.util.HashMap<>();
        for (Rule rule : all) {
            String file = sourceOf(rule);
            int line = ruleLines.get(rule);
            String usedAt = seen.putIfAbsent(rule.getName(), new RuleProblem(file, line, "").where());
            if (usedAt != null) {
                problems.add(new RuleProblem(file, line, "rule name \"" + rule.getName() + "\" is used twice: first at " + usedAt));
                continue;
            }
            String criterion = meta(rule, "criterion");
            String citation = meta(rule, "citation");
            String warning = meta(rule, "warning");
            if (warning != null && criterion == null && citation != null) {
                rules.put(rule.getName(), new RuleMeta(rule.getName(), null, false, file, warning));
                warnings.add(new WarningRule(warning, file, line));
                continue;
            }
            if (criterion == null || citation == null) {
                problems.add(new RuleProblem(file, line, "rule \"" + rule.getName()
                        + "\" needs @criterion and @citation (or, for a warning rule, @warning and @citation)"));
                continue;
            }
            Matcher name = RULE_NAME.matcher(rule.getName());
            if (!name.matches() || !name.group(1).equals(criterion)) {
                problems.add(new RuleProblem(file, line, "rule \"" + rule.getName() + "\" must be named \"" + criterion
                        + " met: ...\", \"" + criterion + " not met: ...\", \"" + criterion + " needs: ...\" or \"" + criterion
                        + " for the council: ...\", by the outcome its consequence records"));
                continue;
            }
            String verb = name.group(2);
            instruments.check(file, line, "the citation of rule \"" + rule.getName() + "\"", citation, problems);
            CriterionDefinition definition = definition(rule, criterion, citation, file, line, drlAwards.get(file), problems);
            Citation cited = definition.citation().withInstrument(instruments.named(citation));
            rules.put(rule.getName(), new RuleMeta(rule.getName(), criterion, verb.equals("met"), file, null, verb, cited));
            RuleLinter.checkVerb(file, text(files.get(file)), rule.getName(), verb, problems);
            sides.computeIfAbsent(criterion, c -> new java.util.HashSet<>()).add(verb.equals("met"));
            CriterionDefinition first = criteria.putIfAbsent(criterion, definition.withCitation(cited));
            if (first != null && !first.file().equals(file)) {
                problems.add(new RuleProblem(file, line, "criterion " + criterion + " is already defined in " + first.file()));
            } else if (first != null) {
                agree(first, definition, rule.getName(), problems);
            }
        }
        for (WarningRule warning : warnings) {
            if (!messages.has("warning." + warning.code())) {
                problems.add(new RuleProblem(warning.file(), warning.line(), "warning " + warning.code()
                        + " has no text warning." + warning.code() + " in both message files"));
            }
        }
        sides.forEach((criterion, found) -> {
            if (found.size() < 2) {
                CriterionDefinition c = criteria.get(criterion);
                problems.add(new RuleProblem(c.file(), c.line(), "criterion " + criterion + " has no "
                        + (found.contains(true) ? "\"not met\", \"needs\" or \"for the council\"" : "\"met\"")
                        + " rule: every criterion needs both sides, so it always leaves a trace"));
            }
        });
        return List.copyOf(criteria.values());
    }

    private record WarningRule(String code, String file, int line) {
    }

    /**
     * Rules of one criterion must agree on what the criterion is (its branch, subjects and effect):
     * the decision takes these from the criterion, so a rule that says otherwise would be silently
     * overruled. Citation, link and review status may differ: each decision carries those of the rule
     * that decided (a dated amendment cites its own text).
     */
    private static void agree(CriterionDefinition first, CriterionDefinition other, String rule, List<RuleProblem> problems) {
        List<String> differ = new ArrayList<>();
        if (!java.util.Objects.equals(first.branch(), other.branch())) {
            differ.add("@branch (" + first.branch() + " / " + other.branch() + ")");
        }
        if (!first.subjects().equals(other.subjects())) {
            differ.add("@subjects (" + new java.util.TreeSet<>(first.subjects()) + " / " + new java.util.TreeSet<>(other.subjects()) + ")");
        }
        if (first.defers() != other.defers()) {
            differ.add("@effect (" + (first.defers() ? "DEFER" : "none") + " / " + (other.defers() ? "DEFER" : "none") + ")");
        }
        if (!differ.isEmpty()) {
            problems.add(new RuleProblem(other.file(), other.line(), "rule \"" + rule + "\" disagrees with the rule of line "
                    + first.line() + " on " + String.join(", ", differ) + " for criterion " + first.id()
                    + ": every rule of a criterion must declare the same"));
        }
    }

    /**
     * Every citation outside the rule files names an instrument of the table: the parameters'
     * references, the authorities, the awards' legal bases and choices, and the branch of the
     * subject types.
     */
    private static void checkCitations(Map<String, byte[]> files, InstrumentTable instruments,
            Map<AwardCode, AwardParameters> parameters, AuthorityTable authorities, AwardTable awards,
            SubjectTypeTable subjectTypes, List<RuleProblem> problems) {
        if (!instruments.present()) {
            return;
        }
        for (AwardParameters p : parameters.values()) {
            String file = "awards/" + kebab(p.award()) + ".params.yaml";
            p.references().forEach((where, reference) -> instruments.check(file, lineOf(files.get(file), reference),
                    "the reference of " + where, reference, problems));
        }
        for (AwardCode award : AwardCode.values()) {
            for (AuthorityTable.Entry e : authorities.entries(award)) {
                instruments.check(AuthorityTable.FILE, lineOf(files.get(AuthorityTable.FILE), e.authority().citation()),
                        "the citation of the authority for " + award, e.authority().citation(), problems);
            }
            for (Citation c : java.util.Arrays.asList(awards.citation(award), awards.evaluatedOnlyWhenProposedBecause(award),
                    awards.countedFromMembersBecause(award))) {
                if (c != null && files.containsKey(AwardTable.FILE)) {
                    instruments.check(AwardTable.FILE, lineOf(files.get(AwardTable.FILE), c.title()),
                            "the citation of " + award, c.title(), problems);
                }
            }
        }
        if (subjectTypes.citation() != null && files.containsKey(SubjectTypeTable.FILE)) {
            instruments.check(SubjectTypeTable.FILE, lineOf(files.get(SubjectTypeTable.FILE), subjectTypes.citation().title()),
                    "the citation of the workers-and-farmers branch", subjectTypes.citation().title(), problems);
        }
    }

    /** The first line of a file holding a text, to name where a citation is; 0 when not found as written. */
    private static int lineOf(byte[] content, String wanted) {
        if (content == null || wanted == null) {
            return 0;
        }
        String[] lines = text(content).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(wanted)) {
                return i + 1;
            }
        }
        String start = wanted.length() > 30 ? wanted.substring(0, 30) : wanted;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(start)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static CriterionDefinition definition(Rule rule, String criterion, String citation, String file, int line,
            String award, List<RuleProblem> problems) {
        Set<SubjectKind> subjects = EnumSet.noneOf(SubjectKind.class);
        String declared = meta(rule, "subjects");
        if (declared != null) {
            for (String kind : declared.split("[,\\s]+")) {
                try {
                    subjects.add(SubjectKind.valueOf(kind));
                } catch (IllegalArgumentException e) {
                    problems.add(new RuleProblem(file, line, "@subjects names unknown subject kind " + kind));
                }
            }
        } else {
            for (SubjectKind kind : SubjectKind.values()) {
                if (award == null || AwardCode.valueOf(award).appliesTo(kind)) {
                    subjects.add(kind);
                }
            }
        }
        String review = meta(rule, "legalReview");
        String effect = meta(rule, "effect");
        if (effect != null && !effect.equals("DEFER")) {
            problems.add(new RuleProblem(file, line, "@effect may only be \"DEFER\""));
        }
        return new CriterionDefinition(criterion, award, new Citation(citation, meta(rule, "href"), review),
                Set.copyOf(subjects), meta(rule, "branch"), "DEFER".equals(effect), file, line);
    }

    private static void checkTexts(List<CriterionDefinition> criteria, MessageCatalog messages, List<RuleProblem> problems) {
        for (CriterionDefinition c : criteria) {
            if (!messages.hasWithVariants(c.id() + ".MET")) {
                problems.add(new RuleProblem(c.file(), c.line(), "criterion " + c.id()
                        + " has no explanation " + c.id() + ".MET in both messages_vi.properties and messages_en.properties"));
            }
            if (!messages.hasWithVariants(c.id() + ".NOT_MET") && !messages.hasWithVariants(c.id() + ".NOT_EVALUATED")
                    && !messages.hasWithVariants(c.id() + ".JUDGEMENT")) {
                problems.add(new RuleProblem(c.file(), c.line(), "criterion " + c.id()
                        + " has no explanation " + c.id() + ".NOT_MET, .NOT_EVALUATED or .JUDGEMENT in both message files"));
            }
        }
    }

    /** The key suffix of a criterion's statement in the message files ({@code LDTT-A1.statement}). */
    static final String STATEMENT = ".statement";

    /**
     * Every criterion says in one sentence what it requires ({@code <ID>.statement}), in both
     * languages, not blank: the awards page, decision pages and impact reports show it. Checked on a
     * folder (start, {@code rules validate}, drafts and the browser's editor); a version stored before
     * statements existed is still loaded for replay without them.
     */
    private static void checkStatements(List<CriterionDefinition> criteria, MessageCatalog messages, List<RuleProblem> problems) {
        for (CriterionDefinition c : criteria) {
            List<String> lacking = new ArrayList<>();
            if (!messages.hasIn(true, c.id() + STATEMENT)) {
                lacking.add("messages_vi.properties");
            }
            if (!messages.hasIn(false, c.id() + STATEMENT)) {
                lacking.add("messages_en.properties");
            }
            if (!lacking.isEmpty()) {
                problems.add(new RuleProblem(c.file(), c.line(), "criterion " + c.id() + " has no statement " + c.id() + STATEMENT
                        + " (one sentence saying what it requires) in " + String.join(" and ", lacking)));
            }
        }
    }

    private static List<List<AwardCode>> stages(Map<String, String> drlAwards, Map<AwardCode, AwardParameters> parameters,
            List<RuleProblem> problems) {
        List<AwardCode> remaining = new ArrayList<>();
        drlAwards.values().stream().filter(a -> a != null).map(AwardCode::valueOf).distinct().forEach(remaining::add);
        for (AwardCode award : remaining) {
            AwardParameters p = parameters.get(award);
            for (AwardCode dependency : p == null ? List.<AwardCode>of() : p.dependsOn()) {
                if (!remaining.contains(dependency)) {
                    problems.add(new RuleProblem("awards/" + kebab(award) + ".params.yaml", 0,
                            "depends on " + dependency + ", which has no rule file"));
                }
            }
        }
        List<List<AwardCode>> stages = new ArrayList<>();
        List<AwardCode> done = new ArrayList<>();
        while (!remaining.isEmpty()) {
            List<AwardCode> stage = remaining.stream().filter(a -> {
                AwardParameters p = parameters.get(a);
                return p == null || p.dependsOn().stream().allMatch(d -> done.contains(d) || !drlAwards.containsValue(d.name()));
            }).sorted().toList();
            if (stage.isEmpty()) {
                problems.add(new RuleProblem("awards", 0, "the dependsOn of " + remaining + " form a cycle"));
                break;
            }
            stages.add(stage);
            done.addAll(stage);
            remaining.removeAll(stage);
        }
        return stages;
    }

    static String kebab(AwardCode award) {
        return award.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String version(Map<String, byte[]> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                digest.update(file.getKey().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(file.getValue());
                digest.update((byte) 0);
            }
            return "sha256:" + HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sourceOf(Rule rule) {
        return rule instanceof RuleImpl impl && impl.getResource() != null ? impl.getResource().getSourcePath() : "(rules)";
    }

    private static int lineOf(Rule rule, String[] lines) {
        if (lines == null) {
            return 0;
        }
        String quoted = Pattern.quote(rule.getName());
        Pattern declaration = Pattern.compile("^\\s*rule\\s+[\"']" + quoted + "[\"']");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(rule.getName()) && declaration.matcher(lines[i]).find()) {
                return i + 1;
            }
        }
        return 0;
    }

    private static String meta(Rule rule, String key) {
        Object value = rule.getMetaData().get(key);
        if (value == null) {
            return null;
        }
        String text = value.toString().strip();
        if (text.length() >= 2 && (text.startsWith("\"") && text.endsWith("\""))) {
            text = text.substring(1, text.length() - 1);
        }
        return text.isEmpty() ? null : text;
    }

    private static String text(byte[] content) {
        return new String(content, StandardCharsets.UTF_8);
    }
}
