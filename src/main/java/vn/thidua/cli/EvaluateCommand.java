package vn.thidua.cli;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import vn.thidua.evaluation.EvaluationRuns;
import vn.thidua.evaluation.RunNotStoredException;
import vn.thidua.dossier.FieldError;
import vn.thidua.dossier.ValidationException;
import vn.thidua.audit.RunSealer;
import vn.thidua.eligibility.Evaluation;

/** {@code evaluate REQUEST.json [--out RESULT.json] [--rules DIR]}: evaluates a request and stores the run. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Evaluates an evaluation request and writes the evaluation result as JSON.")
final class EvaluateCommand implements Callable<Integer> {

    @ParentCommand
    private Commands parent;

    @Parameters(index = "0", paramLabel = "REQUEST.json", description = "the evaluation request")
    private Path request;

    @Option(names = "--out", paramLabel = "RESULT.json", description = "write the result here instead of stdout")
    private Path output;

    @Option(names = "--rules", paramLabel = "DIR", description = "the rules folder (default: rules)")
    private Path rules;

    @Option(names = "--stream", description = "read the request and store and write the result one batch of subjects at a "
            + "time whatever its size; chosen by itself for a file too large to read whole (over 1/16 of the heap)")
    private boolean stream;

    @Override
    public Integer call() {
        PrintStream err = parent.err;
        if (stream || tooLargeToReadWhole(request)) {
            return new StreamedEvaluation(parent, request, output, rules).call();
        }
        byte[] body;
        try {
            body = Files.readAllBytes(request);
        } catch (IOException e) {
            err.println("evaluate: cannot read " + request + ": " + Problems.describe(e));
            return ExitCodes.INVALID_INPUT;
        }
        // Checked before anything is evaluated or stored: a run whose result cannot be written is not wanted.
        Path outputFolder = output == null ? null : output.toAbsolutePath().getParent();
        if (outputFolder != null && !Files.isDirectory(outputFolder)) {
            err.println("evaluate: cannot write " + output + ": the folder " + outputFolder + " does not exist");
            return ExitCodes.FAILURE;
        }
        return ApplicationContexts.withContext(rules, parent.springArgs, err, context -> {
            try {
                Evaluation evaluation = context.getBean(EvaluationRuns.class).evaluateAndStore(body, ConsoleProgress.on(err));
                // The command ends with its run linked into the audit chain, not left for a later start to link.
                context.getBean(RunSealer.class).sealWaiting();
                // Written as it is serialised: the result of a district (hundreds of MB) never held as one text.
                ObjectWriter json = context.getBean(JsonMapper.class).writer(SerializationFeature.INDENT_OUTPUT);
                if (output == null) {
                    OutputStream out = new BufferedOutputStream(new FilterOutputStream(parent.out) {
                        @Override
                        public void close() throws IOException {
                            flush(); // stdout stays open for what follows
                        }
                    }, 1 << 16);
                    json.writeValue(out, evaluation);
                    parent.out.print(System.lineSeparator());
                    parent.out.flush();
                } else {
                    Path partial = output.toAbsolutePath().resolveSibling(output.getFileName() + ".partial");
                    try {
                        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
                            json.writeValue(out, evaluation);
                            out.write(System.lineSeparator().getBytes(StandardCharsets.UTF_8));
                        }
                        Files.move(partial, output, StandardCopyOption.REPLACE_EXISTING);
                    } catch (IOException | JacksonException e) {
                        deleteQuietly(partial);
                        err.println("evaluate: run " + evaluation.runId() + " was stored, but " + output
                                + " cannot be written: " + (e instanceof IOException io ? Problems.describe(io)
                                        : e.getCause() instanceof IOException io ? Problems.describe(io) : e.getMessage()));
                        return ExitCodes.FAILURE;
                    }
                }
                err.println("evaluate: run " + evaluation.runId() + ", " + evaluation.decisions().size()
                        + " decisions, rule set " + evaluation.ruleSet().version());
                return ExitCodes.OK;
            } catch (RunNotStoredException e) {
                err.println("evaluate: " + e.getMessage());
                return ExitCodes.FAILURE;
            } catch (ValidationException e) {
                err.println("evaluate: " + request + " is not a valid evaluation request; nothing was stored:");
                for (FieldError error : e.errors()) {
                    err.println("  " + error);
                }
                return ExitCodes.INVALID_INPUT;
            }
        });
    }

    /**
     * Whether the request should be read in parts: a request read whole takes about ten times its size in the heap
     * with its decisions, so a file over a sixteenth of the largest heap is evaluated as it is read.
     */
    static boolean tooLargeToReadWhole(Path request) {
        return tooLargeToReadWhole(request, Runtime.getRuntime().maxMemory());
    }

    static boolean tooLargeToReadWhole(Path request, long maxHeap) {
        try {
            return Files.isRegularFile(request) && Files.size(request) > maxHeap / 16;
        } catch (IOException e) {
            return false; // the in-memory path names the problem reading it
        }
    }

    private static void deleteQuietly(Path partial) {
        try {
            Files.deleteIfExists(partial);
        } catch (IOException ignored) {
            // the message already names the file that failed
        }
    }
}
