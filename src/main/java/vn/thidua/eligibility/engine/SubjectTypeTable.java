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
import vn.thidua.system.YamlLines;

/**
 * The subject types of {@code rules/subject-types.yaml}: which occupations fall in the
 * workers-and-farmers branch of Điều 24 ({@link SubjectType#CONG_NHAN_NONG_DAN_NLD_KHAC}) when a
 * dossier gives an individual no subject type. The occupations under {@code notInferred} (pupils
 * and students, religious dignitaries: docs/request-and-result.md §6.1.5) are read as neither branch,
 * so the decision asks for the subject type. Every other occupation, and no occupation, is read as
 * {@link SubjectType#CBCCVC_NLD}.
 */
public final class SubjectTypeTable {

    static final String FILE = "subject-types.yaml";

    private static final List<String> FIELDS = List.of("workersAndFarmersBranch", "notInferred");
    private static final List<String> BRANCH_FIELDS = List.of("occupations", "citation", "href", "legalReview");

    private final Set<Occupation> workersAndFarmers;
    private final Set<Occupation> notInferred;
    private final Citation citation;

    private SubjectTypeTable(Collection<Occupation> workersAndFarmers, Collection<Occupation> notInferred, Citation citation) {
        this.workersAndFarmers = copy(workersAndFarmers);
        this.notInferred = copy(notInferred);
        this.citation = citation;
    }

    private static Set<Occupation> copy(Collection<Occupation> occupations) {
        Set<Occupation> copy = EnumSet.noneOf(Occupation.class);
        copy.addAll(occupations);
        return Collections.unmodifiableSet(copy);
    }

    /**
     * The branch of an individual whose dossier gives no subject type, read from its occupation (which
     * may be null); null when the occupation is one from which no branch may be inferred.
     */
    public SubjectType inferredBranch(Occupation occupation) {
        if (occupation != null && notInferred.contains(occupation)) {
            return null;
        }
        return occupation != null && workersAndFarmers.contains(occupation) ? SubjectType.CONG_NHAN_NONG_DAN_NLD_KHAC
                : SubjectType.CBCCVC_NLD;
    }

    /** The occupations read as the workers-and-farmers branch. */
    public Set<Occupation> workersAndFarmers() {
        return workersAndFarmers;
    }

    /** The occupations from which no branch is inferred: the subject type must be given. */
    public Set<Occupation> notInferred() {
        return notInferred;
    }

    /** The legal text the workers-and-farmers branch comes from; null for an empty table. */
    public Citation citation() {
        return citation;
    }

    /** Reads the file; {@code content} null gives an empty table (the loader has reported the file missing). */
    static SubjectTypeTable read(byte[] content, List<RuleProblem> problems) {
        SubjectTypeTable empty = new SubjectTypeTable(Set.of(), Set.of(), null);
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
        JsonNode list = branch.path("occupations");
        if (!list.isArray()) {
            problems.add(new RuleProblem(FILE, lines.line("workersAndFarmersBranch", "occupations"), where
                    + "needs occupations: [...], the occupation codes read as this branch (an empty list for none)"));
        }
        List<Occupation> occupations = occupations(list, where, lines, problems, "workersAndFarmersBranch", "occupations");
        List<Occupation> notInferred = new ArrayList<>();
        if (root.has("notInferred")) {
            JsonNode never = root.get("notInferred");
            if (!never.isArray()) {
                problems.add(new RuleProblem(FILE, lines.line("notInferred"), "notInferred: "
                        + "expected a list of the occupation codes from which no branch is inferred (an empty list for none)"));
            }
            notInferred = occupations(never, "notInferred: ", lines, problems, "notInferred");
            for (Occupation occupation : notInferred) {
                if (occupations.contains(occupation)) {
                    problems.add(new RuleProblem(FILE, lines.line("notInferred", notInferred.indexOf(occupation)), "notInferred: "
                            + "occupation " + occupation + " is also listed in workersAndFarmersBranch; an occupation is either "
                            + "read as that branch or never read as a branch"));
                }
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
        return new SubjectTypeTable(occupations, notInferred,
                citation == null ? null : new Citation(citation, AwardTable.text(branch.path("href")), review));
    }

    private static List<Occupation> occupations(JsonNode list, String where, YamlLines lines, List<RuleProblem> problems,
            Object... path) {
        List<Occupation> occupations = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String code = AwardTable.text(list.get(i));
            Object[] at = java.util.Arrays.copyOf(path, path.length + 1);
            at[path.length] = i;
            int line = lines.line(at);
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
        return occupations;
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
