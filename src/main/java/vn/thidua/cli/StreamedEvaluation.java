package vn.thidua.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import vn.thidua.dossier.FieldError;
import vn.thidua.dossier.RequestFile;
import vn.thidua.dossier.RequestReader;
import vn.thidua.dossier.ValidationException;
import vn.thidua.evaluation.BulkEvaluation;
import vn.thidua.evaluation.EvaluationRuns;
import vn.thidua.evaluation.RunNotStoredException;
import vn.thidua.audit.RunSealer;

/**
 * {@code evaluate REQUEST.json} for a file too large to read whole (or with {@code --stream}): checks the
 * request file whole, then evaluates it one batch of subjects at a time under the active rule set, stores
 * the run as it goes (the request in parts, the decisions in batches, one transaction) and writes the result
 * as it goes, so a province's file runs in a small heap. The result goes to a temporary file beside
 * {@code --out} and takes its name only when complete; the run is linked into the audit chain before the
 * command ends.
 */
final class StreamedEvaluation {

    private final Commands parent;
    private final Path request;
    private final Path output;
    private final Path rules;

    StreamedEvaluation(Commands parent, Path request, Path output, Path rules) {
        this.parent = parent;
        this.request = request;
        this.output = output;
        this.rules = rules;
    }

    int call() {
        if (!Files.isRegularFile(request)) {
            parent.err.println("evaluate: cannot read " + request + ": " + (Files.exists(request) ? "not a file" : "no such file"));
            return ExitCodes.INVALID_INPUT;
        }
        Path outputFolder = output == null ? null : output.toAbsolutePath().getParent();
        if (outputFolder != null && !Files.isDirectory(outputFolder)) {
            parent.err.println("evaluate: cannot write " + output + ": the folder " + outputFolder + " does not exist");
            return ExitCodes.FAILURE;
        }
        return evaluate(new HeapWatch());
    }

    private int evaluate(HeapWatch heap) {
        return ApplicationContexts.withContext(rules, parent.springArgs, parent.err, context -> {
            long started = System.nanoTime();
            RequestFile file = context.getBean(RequestReader.class).file(request);
            RequestFile.Outline outline;
            try {
                outline = file.check();
            } catch (ValidationException e) {
                parent.err.println("evaluate: " + request + " is not a valid evaluation request; nothing was evaluated:");
                for (FieldError error : e.errors()) {
                    parent.err.println("  " + error);
                }
                return ExitCodes.INVALID_INPUT;
            } catch (UncheckedIOException e) {
                parent.err.println("evaluate: cannot read " + request + ": " + Problems.describe(e.getCause()));
                return ExitCodes.INVALID_INPUT;
            }
            double checked = seconds(started);
            heap.checkpoint("checked");
            EvaluationRuns runs = context.getBean(EvaluationRuns.class);
            FirstCheckpoints checkpoints = new FirstCheckpoints(heap);
            BulkEvaluation.Summary summary;
            try {
                summary = output == null ? toStdout(runs, file, outline, checkpoints) : toFile(runs, file, outline, checkpoints);
            } catch (UncheckedIOException e) {
                parent.err.println("evaluate: " + describe(e) + "; no result was written and nothing was stored");
                return ExitCodes.FAILURE;
            } catch (RunNotStoredException e) {
                parent.err.println("evaluate: " + e.getMessage());
                return ExitCodes.FAILURE;
            }
            // The command ends with its run linked into the audit chain, not left for a later start to link.
            context.getBean(RunSealer.class).sealWaiting();
            parent.err.printf("evaluate: run %d, %d subjects, %d decisions, %d rankings, rule set %s; checked in %.1f s, "
                    + "evaluated and stored in %.1f s; heap: largest live %d MiB (%s), of %d MiB; read in parts%n",
                    summary.runId(), summary.subjects(), summary.decisions(), summary.rankings(), summary.ruleSetVersion(), checked,
                    seconds(started) - checked, heap.largestLiveMiB(), heap.largestLivePhase(), HeapWatch.maxMiB());
            return ExitCodes.OK;
        });
    }

    private BulkEvaluation.Summary toStdout(EvaluationRuns runs, RequestFile file, RequestFile.Outline outline,
            FirstCheckpoints checkpoints) {
        OutputStream out = new BufferedOutputStream(parent.out, 1 << 16);
        BulkEvaluation.Summary summary = runs.evaluateAndStoreStreamed(file, outline, out, checkpoints, ConsoleProgress.on(parent.err));
        try {
            out.write(System.lineSeparator().getBytes());
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return summary;
    }

    private BulkEvaluation.Summary toFile(EvaluationRuns runs, RequestFile file, RequestFile.Outline outline,
            FirstCheckpoints checkpoints) {
        Path target = output.toAbsolutePath();
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            BulkEvaluation.Summary summary;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
                summary = runs.evaluateAndStoreStreamed(file, outline, out, checkpoints, ConsoleProgress.on(parent.err));
                out.write(System.lineSeparator().getBytes());
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return summary;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (NoSuchFileException ignored) {
                // already moved
            } catch (IOException e) {
                parent.err.println("evaluate: cannot delete " + partial + ": " + Problems.describe(e));
            }
        }
    }

    /**
     * Measures the heap at the first checkpoint of each phase only: a full collection per quota
     * ranked would slow a province's run for no new figure (the quotas of one run read units of
     * about the same size).
     */
    private record FirstCheckpoints(HeapWatch heap, java.util.Set<String> seen) implements java.util.function.Consumer<String> {
        FirstCheckpoints(HeapWatch heap) {
            this(heap, new java.util.HashSet<>());
        }

        @Override
        public void accept(String phase) {
            if (seen.add(phase)) {
                heap.checkpoint(phase);
            }
        }
    }

    /** What failed, with the context the thrower gave when it gave one. */
    private static String describe(UncheckedIOException e) {
        String context = e.getMessage();
        String cause = Problems.describe(e.getCause());
        return context == null || context.equals(e.getCause().toString()) ? cause : context + ": " + cause;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
