package vn.thidua.eligibility.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import vn.thidua.dossier.Occupation;
import vn.thidua.dossier.SubjectType;
import vn.thidua.eligibility.Citation;

/**
 * The subject types of {@code rules/subject-types.yaml}: which occupations fall in the
 * workers-and-farmers branch of Điều 24 ({@link SubjectType#CONG_NHAN_NONG_DAN_NLD_KHAC}) when a
 * dossier gives an individual no subject type. Every other occupation, and no occupation, is read
 * as {@link SubjectType#CBCCVC_NLD}.
 */
public final class SubjectTypeTable {

    static final String FILE = "subject-types.yaml";

    private static final List<String> FIELDS = List.of("workersAndFarmersBranch");
    private static final List<String> BRANCH_FIELDS = List.of("occupations", "citation", "href", "legalReview");

    private final Set<Occupation> workersAndFarmers;
    private final Citation citation;

    private SubjectTypeTable(Collection<Occupation> workersAndFarmers, Citation citation) {
        Set<Occupation> copy = EnumSet.noneOf(Occupation.class);
        copy.addAll(workersAndFarmers);
        this.workersAndFarmers = Collections.unmodifiableSet(copy);
        this.citation = citation;
    }

    /** The branch of an individual whose dossier gives no subject type, read from its occupation (which may be null). */
    public SubjectType inferredBranch(Occupation occupation) {
        return occupation != null && workersAndFarmers.contains(occupation) ? SubjectType.CONG_NHAN_NONG_DAN_NLD_KHAC
                : SubjectType.CBCCVC_NLD;
    }

    /** The occupations read as the workers-and-farmers branch. */
    public Set<Occupation> workersAndFarmers() {
        return workersAndFarmers;
    }

    /** The legal text the workers-and-farmers branch comes from; null for an empty table. */
    public Citation citation() {
        return citation;
    }

    /** Reads the file; {@code content} null gives an empty table (the loader has reported the file missing). */
    static SubjectTypeTable read(byte[] content, List<RuleProblem> problems) {
        SubjectTypeTable empty = new SubjectTypeTable(Set.of(), null);
        if (content == null) {
            return empty;
        }
        JsonNode root;
        try {
            root = YamlLines.YAML.readTree(content);
        } catch (JacksonException e) {
            problems.add(new RuleProblem(FILE, YamlLines.lineOf(e), "not valid YAML: " + e.getOriginalMessage()));
            return empty;
        }
        YamlLines lines = YamlLines.of(content);
        if (root == null || !root.isObject() || !root.path("workersAndFarmersBranch").isObject()) {
            problems.add(new RuleProblem(FILE, lines.line("workersAndFarmersBranch"),
                    "expected a mapping workersAndFarmersBranch: with occupations and citation"));
            return empty;
        }
        unknownFields(root, FIELDS, "", lines, problems);
        JsonNode branch = root.get("workersAndFarmersBranch");
        String where = "workersAndFarmersBranch: ";
        unknownFields(branch, BRANCH_FIELDS, where, lines, problems, "workersAndFarmersBranch");
        List<Occupation> occupations = new ArrayList<>();
        JsonNode list = branch.path("occupations");
        if (!list.isArray()) {
            problems.add(new RuleProblem(FILE, lines.line("workersAndFarmersBranch", "occupations"), where
                    + "needs occupations: [...], the occupation codes read as this branch (an empty list for none)"));
        }
        for (int i = 0; i < list.size(); i++) {
            String code = AwardTable.text(list.get(i));
            int line = lines.line("workersAndFarmersBranch", "occupations", i);
            Occupation occupation = occupation(code);
            if (occupation == null) {
                problems.add(new RuleProblem(FILE, line, where + "unknown occupation " + code
                        + "; the request format's occupations are " + List.of(Occupation.values())));
            } else if (occupations.contains(occupation)) {
                problems.add(new RuleProblem(FILE, line, where + "occupation " + code + " is listed twice"));
            } else {
                occupations.add(occupation);
            }
        }
        String citation = AwardTable.text(branch.path("citation"));
        if (citation == null) {
            problems.add(new RuleProblem(FILE, lines.line("workersAndFarmersBranch"), where
                    + "needs citation, the legal text that puts these occupations in the branch"));
        }
        String review = AwardTable.text(branch.path("legalReview"));
        if (branch.has("legalReview") && !"PENDING".equals(review)) {
            problems.add(new RuleProblem(FILE, lines.line("workersAndFarmersBranch", "legalReview"), where
                    + "legalReview may only be PENDING"));
            review = null;
        }
        return new SubjectTypeTable(occupations,
                citation == null ? null : new Citation(citation, AwardTable.text(branch.path("href")), review));
    }

    private static Occupation occupation(String code) {
        try {
            return code == null ? null : Occupation.valueOf(code);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void unknownFields(JsonNode node, List<String> fields, String where, YamlLines lines, List<RuleProblem> problems,
            Object... path) {
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            if (!fields.contains(entry.getKey())) {
                Object[] at = java.util.Arrays.copyOf(path, path.length + 1);
                at[path.length] = entry.getKey();
                problems.add(new RuleProblem(FILE, lines.line(at), where + "unknown field " + entry.getKey() + "; expected one of "
                        + fields));
            }
        }
    }
}
