package vn.thidua.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import vn.thidua.council.BallotWorkbooks;
import vn.thidua.council.CouncilResult;
import vn.thidua.council.CouncilSession;
import vn.thidua.council.CouncilSessions;
import vn.thidua.dossier.FieldError;
import vn.thidua.dossier.ValidationException;
import vn.thidua.system.NotFoundException;

/**
 * {@code council record --run N SESSION.json|SESSION.xlsx... [--by NAME] [--minutes DIR]}: records council
 * sessions with their ballots on a stored run, for batch work; each file is one session, as JSON or as a
 * filled ballot workbook (docs/operations.md §11, §11.5), recorded whole or refused with every bad field
 * (a workbook's by sheet, row and column). The sessions recorded are written to stdout as JSON.
 */
@Command(name = "council", mixinStandardHelpOptions = true, subcommands = CouncilCommand.Record.class,
        description = "The council's sessions and ballots on stored runs.")
final class CouncilCommand {

    @ParentCommand
    Commands parent;

    @Command(name = "record", mixinStandardHelpOptions = true,
            description = "Records council sessions (one JSON file or filled ballot workbook .xlsx each) with their secret-ballot"
                    + " counts on a stored run.")
    static final class Record implements Callable<Integer> {

        @ParentCommand
        private CouncilCommand council;

        @Option(names = "--run", required = true, description = "the stored evaluation run the sessions review")
        private long run;

        @Parameters(arity = "1..*", paramLabel = "SESSION.json|.xlsx", description = "a session with its members and ballots")
        private List<Path> files;

        @Option(names = "--by", description = "who records (default: the operating-system user)")
        private String by;

        @Option(names = "--minutes", paramLabel = "DIR", description = "also write each session's minutes as PDF into this folder")
        private Path minutes;

        @Override
        public Integer call() {
            Commands parent = council.parent;
            String recordedBy = by != null ? by : "cli:" + System.getProperty("user.name");
            if (minutes != null && !Files.isDirectory(minutes)) {
                parent.err.println("council record: --minutes " + minutes + " is not a folder");
                return ExitCodes.INVALID_INPUT;
            }
            return ApplicationContexts.withContext(null, parent.springArgs, parent.err, context -> {
                CouncilSessions sessions = context.getBean(CouncilSessions.class);
                BallotWorkbooks workbooks = context.getBean(BallotWorkbooks.class);
                JsonMapper json = context.getBean(JsonMapper.class);
                int refused = 0;
                for (Path file : files) {
                    try {
                        CouncilSession session = record(sessions, workbooks, file, recordedBy);
                        parent.out.println(json.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(session));
                        long approved = session.results().stream().filter(r -> r.outcome().name().equals("APPROVED")).count();
                        parent.err.println("council record: " + file + " recorded as session " + session.id() + ": "
                                + session.results().size() + " dossiers, " + approved + " approved");
                        for (CouncilResult r : session.results()) {
                            parent.err.println("  " + r.subjectId() + " " + r.award() + ": " + r.text().en());
                        }
                        if (minutes != null) {
                            Path pdf = minutes.resolve("bien-ban-hop-hoi-dong-" + session.id() + ".pdf");
                            Files.write(pdf, sessions.minutes(session.id(), Locale.forLanguageTag("vi")).orElseThrow());
                        }
                    } catch (IOException e) {
                        parent.err.println("council record: cannot read " + file + ": " + Problems.describe(e));
                        refused++;
                    } catch (NotFoundException e) {
                        parent.err.println("council record: " + e.getMessage());
                        return ExitCodes.INVALID_INPUT;
                    } catch (ValidationException e) {
                        parent.err.println("council record: " + file + " is refused, nothing of it is stored:");
                        for (FieldError error : e.errors()) {
                            parent.err.println("  " + error);
                        }
                        refused++;
                    }
                }
                parent.out.flush();
                return refused == 0 ? ExitCodes.OK : ExitCodes.INVALID_INPUT;
            });
        }

        private CouncilSession record(CouncilSessions sessions, BallotWorkbooks workbooks, Path file, String recordedBy)
                throws IOException {
            if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
                return sessions.record(run, Files.readAllBytes(file), recordedBy);
            }
            try (InputStream in = Files.newInputStream(file)) {
                return workbooks.record(run, in, recordedBy);
            }
        }
    }
}
