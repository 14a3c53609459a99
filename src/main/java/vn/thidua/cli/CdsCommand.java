package vn.thidua.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code cds}: makes the jar start in a fraction of its time. It extracts the jar into a folder (the
 * application's jar and its libraries side by side, which the JDK's class-data sharing needs), runs a
 * training process there ({@link CdsTraining}: the web application to its first page, an
 * {@code evaluate}, a {@code rules validate}) that writes the archive of every class it loaded, and
 * writes a launcher script that runs the extracted jar with that archive. The archive belongs to this
 * jar and this JDK: {@code cds} is run again after each build.
 */
@Command(name = "cds", mixinStandardHelpOptions = true,
        description = "Extracts the jar and builds its class-data-sharing archive, for starts in a fraction of the time "
                + "(docs/operations.md §26).")
final class CdsCommand implements Callable<Integer> {

    static final String ARCHIVE = "thidua.jsa";
    static final String APPLICATION = "thidua.jar";
    static final String SCRIPT = "thidua";

    /**
     * Requests up to this size are evaluated with the JVM's quick compiler only: below it the optimising
     * compiler costs more than it saves (5,000 generated individuals, 5.6 MB: 37 CPU s with it, 24 without).
     */
    static final long QUICK_EVALUATE_BYTES = 6_000_000;

    @ParentCommand
    private Commands parent;

    @Option(names = "--destination", paramLabel = "DIR",
            description = "the folder to extract into and write the archive and the script to (default: thidua-cds beside the jar)")
    private Path destination;

    @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules",
            description = "the rules folder the training run loads, evaluates and validates (default ${DEFAULT-VALUE})")
    private Path rules;

    @Override
    public Integer call() throws Exception {
        if (destination != null && Files.exists(destination) && !Files.isDirectory(destination)) {
            parent.err.println("cds: --destination " + destination + " is a file, not a folder");
            return ExitCodes.INVALID_INPUT;
        }
        if (!Files.isDirectory(rules)) {
            parent.err.println("cds: --rules " + rules + ": no such folder (the training run loads, evaluates and validates it)");
            return ExitCodes.INVALID_INPUT;
        }
        String classPath = System.getProperty("java.class.path");
        if (classPath == null || !classPath.endsWith(".jar") || classPath.contains(java.io.File.pathSeparator)) {
            parent.err.println("cds: run it from the packaged jar (java -jar target/thidua.jar cds): it extracts that jar");
            return ExitCodes.FAILURE;
        }
        Path jar = Path.of(classPath).toAbsolutePath();
        Path folder = (destination != null ? destination : jar.resolveSibling("thidua-cds")).toAbsolutePath().normalize();
        if (folder.equals(jar.getParent())) {
            parent.err.println("cds: --destination " + destination + " is the jar's own folder; name a folder of its own");
            return ExitCodes.INVALID_INPUT;
        }
        Files.createDirectories(folder);
        Path log = folder.resolve("cds-training.log");
        Files.deleteIfExists(log);
        parent.err.println("cds: extracting " + jar.getFileName() + " into " + folder);
        BenchProcesses.Ended extracted = run(folder, log, List.of("-Djarmode=tools", "-jar", jar.toString(), "extract",
                "--destination", folder.toString(), "--application-filename", APPLICATION, "--force"));
        if (extracted.exit() != 0) {
            parent.err.println("cds: the jar could not be extracted (exit " + extracted.exit() + "): " + extracted.lastLine());
            return ExitCodes.FAILURE;
        }
        Path archive = folder.resolve(ARCHIVE);
        Files.deleteIfExists(archive);
        Path work = Files.createTempDirectory("thidua-cds-");
        try {
            parent.err.println("cds: training run (web application, evaluate, rules validate), about a minute");
            List<String> training = new ArrayList<>(List.of("-XX:ArchiveClassesAtExit=" + archive,
                    "-XX:ErrorFile=" + folder.resolve("hs_err_pid%p.log")));
            String cache = System.getProperty("thidua.rules.cache-dir");
            if (cache != null) {
                training.add("-Dthidua.rules.cache-dir=" + cache);
            }
            training.addAll(List.of("-jar", folder.resolve(APPLICATION).toString(), CdsTraining.NAME, rules.toAbsolutePath().toString()));
            BenchProcesses.Ended trained = run(work, log, training);
            if (trained.exit() != 0 || !Files.isRegularFile(archive)) {
                parent.err.println("cds: the training run failed (exit " + trained.exit() + ", see " + log + "): " + trained.lastLine());
                return ExitCodes.FAILURE;
            }
        } finally {
            BenchProcesses.delete(work);
        }
        Path script = writeScript(folder);
        parent.out.printf("cds: archive %s (%d MiB) for %s and java %s%n", archive, Files.size(archive) >> 20, jar.getFileName(),
                System.getProperty("java.version"));
        parent.out.println("cds: run " + script + " as you ran java -jar " + jar.getFileName() + " (for example: " + script
                + " evaluate data/sample-commune.json)");
        return ExitCodes.OK;
    }

    /** Runs {@code java} with the arguments in {@code folder}, both streams appended to {@code log}. */
    private static BenchProcesses.Ended run(Path folder, Path log, List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        int exit = process.waitFor();
        return new BenchProcesses.Ended(0, exit, Files.readString(log, StandardCharsets.UTF_8));
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    /**
     * The launcher: the same JDK as the archive, the archive, and the JVM's quick compiler only for the
     * short commands (not the web application, {@code schedule}'s solver, the benchmarks or a large
     * {@code evaluate}), docs/operations.md §26.
     */
    static Path writeScript(Path folder) throws IOException {
        Path script = folder.resolve(SCRIPT);
        String text = """
                #!/bin/sh
                # Written by `java -jar thidua.jar cds`: runs the extracted jar of this folder with its class-data archive.
                # The archive belongs to one jar and one JDK; run `cds` again after each build (docs/operations.md §26).
                here=$(cd "$(dirname "$0")" && pwd)
                quick=
                case "$1" in
                  rules) quick=-XX:TieredStopAtLevel=1 ;;
                  evaluate) if [ -f "$2" ] && [ "$(wc -c < "$2")" -lt %d ]; then quick=-XX:TieredStopAtLevel=1; fi ;;
                esac
                exec "%s" -XX:SharedArchiveFile="$here/%s" $quick $THIDUA_JAVA_OPTS \\
                  -jar "$here/%s" "$@"
                """.formatted(QUICK_EVALUATE_BYTES, java(), ARCHIVE, APPLICATION);
        Files.writeString(script, text, StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException e) {
            // A file system without POSIX permissions (Windows): the script is run with sh.
        }
        return script;
    }
}
