package vn.thidua.eligibility.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small rule folders for loader tests: one award with one criterion pair, its parameters and texts. */
final class RuleFolders {

    static final String AWARD_FILE = "awards/lao-dong-tien-tien.drl";
    static final String PARAMS_FILE = "awards/lao-dong-tien-tien.params.yaml";

    static final String HEADER = """
            package awards;

            import vn.thidua.eligibility.facts.*;

            global Outcomes out;

            """;

    static final String MET_RULE = """
            rule "T-1 met: rated well"
                @criterion("T-1") @citation("Luật Thi đua, khen thưởng 06/2022/QH15, Điều 24")
            when
                $p : Proposal(award == "LAO_DONG_TIEN_TIEN", $s : subjectId)
                Person(id == $s, ratedGoodOrAbove)
            then
                out.met($p, Facts.of("year", 2025));
            end

            """;

    static final String NOT_MET_RULE = """
            rule "T-1 not met: rated below well"
                @criterion("T-1") @citation("Luật Thi đua, khen thưởng 06/2022/QH15, Điều 24")
            when
                $p : Proposal(award == "LAO_DONG_TIEN_TIEN", $s : subjectId)
                Person(id == $s, !ratedGoodOrAbove)
            then
                out.notMet($p, Facts.of("year", 2025));
            end
            """;

    static final String PARAMS = """
            award: LAO_DONG_TIEN_TIEN
            dependsOn: []
            parameters:
              newRecruitMinMonths:
                description: Minimum months since recruitment.
                values:
                  2024-01-01: 6
                reference:
                  2024-01-01: "Thông tư 01/2024/TT-BNV"
            """;

    static final String MESSAGES = """
            T-1.MET=Rated well in {year}.
            T-1.NOT_MET=Not rated well in {year}.
            T-1.statement=Rated well in the year under review.
            """;

    private RuleFolders() {
    }

    /** A folder the loader accepts (with the real awards.yaml and subject-types.yaml, which name every award and the branch). */
    static Path valid(Path dir) {
        write(dir, AWARD_FILE, HEADER + MET_RULE + NOT_MET_RULE);
        write(dir, PARAMS_FILE, PARAMS);
        write(dir, "messages_vi.properties", MESSAGES);
        write(dir, "messages_en.properties", MESSAGES);
        write(dir, AwardTable.FILE, real(AwardTable.FILE));
        write(dir, SubjectTypeTable.FILE, real(SubjectTypeTable.FILE));
        write(dir, InstrumentTable.FILE, real(InstrumentTable.FILE));
        return dir;
    }

    /** A file of the real rules folder. */
    static String real(String file) {
        try {
            return Files.readString(Path.of("rules").resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A valid folder whose award rule file is replaced by {@code drl}. */
    static Path withAwardRules(Path dir, String drl) {
        valid(dir);
        write(dir, AWARD_FILE, drl);
        return dir;
    }

    /** The 1-based line of the first line of {@code text} containing {@code fragment}. */
    static int lineOf(String text, String fragment) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(fragment)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(fragment + " is not in the text");
    }

    static void write(Path dir, String file, String content) {
        try {
            Path path = dir.resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
