package vn.thidua.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs the jar's commands in processes of their own for the benchmarks, each in a folder of its own
 * (so that each gets a new H2 database), and times them from the outside: what a user waits for.
 */
final class BenchProcesses {

    private static final Pattern STARTED = Pattern.compile("Started \\w+ in ([0-9.]+) seconds");
    private static final Pattern PORT = Pattern.compile("Tomcat started on port\\(?s?\\)?:? (\\d+)");

    /** How a timed command ended: its wall time, exit code and what it wrote on its standard error and output. */
    record Ended(double seconds, int exit, String output) {

        /** The last line the command wrote that is not a stack frame, for a failure's reason. */
        String lastLine() {
            String[] lines = output.strip().split("\\R");
            for (int i = lines.length - 1; i >= 0; i--) {
                if (!lines[i].isBlank() && !lines[i].matches("\\s+(at |\\.\\.\\. \\d+ more).*")) {
                    return lines[i].strip();
                }
            }
            return "";
        }
    }

    /** How a web application started: seconds to its first page (-1 when none was served) and Spring's own figure. */
    record Served(double seconds, String springSeconds) {
    }

    private BenchProcesses() {
    }

    /** How the application is started: {@code java -jar} of a jar, or the launcher script {@code cds} wrote. */
    interface Launch {

        ProcessBuilder process(Path folder, List<String> jvm, Map<String, String> env, String... args);

        static Launch jar(Path jar) {
            return (folder, jvm, env, args) -> BenchProcesses.process(jar, folder, jvm, env, args);
        }

        /** The script of {@code cds}, given the JVM options through {@code THIDUA_JAVA_OPTS}. */
        static Launch script(Path script) {
            return (folder, jvm, env, args) -> {
                List<String> command = new ArrayList<>(List.of("sh", script.toString()));
                command.addAll(List.of(args));
                ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
                builder.environment().putAll(env);
                builder.environment().put("THIDUA_JAVA_OPTS", String.join(" ", jvm));
                return builder;
            };
        }
    }

    /** A process running {@code jar} with the JVM options and arguments, in {@code folder}, with extra environment. */
    static ProcessBuilder process(Path jar, Path folder, List<String> jvm, Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvm);
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
        builder.environment().putAll(env);
        return builder;
    }

    /** Runs a command to its end and times it; its output (both streams) is kept in a file of the folder and returned. */
    static Ended timed(Path jar, Path folder, List<String> jvm, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        return timed(Launch.jar(jar), folder, jvm, env, args);
    }

    static Ended timed(Launch launch, Path folder, List<String> jvm, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        Path log = folder.resolve("output.log");
        long started = System.nanoTime();
        Process process = launch.process(folder, jvm, env, args).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int exit = process.waitFor();
        double seconds = seconds(started);
        return new Ended(seconds, exit, Files.readString(log, StandardCharsets.UTF_8));
    }

    /** Starts the web application on a new H2 database and a free port, times it to the first page served (/login), and stops it. */
    static Served serve(Path jar, Path folder, List<String> jvm, Path rules) throws IOException, InterruptedException {
        return serve(Launch.jar(jar), folder, jvm, rules);
    }

    static Served serve(Launch launch, Path folder, List<String> jvm, Path rules) throws IOException, InterruptedException {
        long started = System.nanoTime();
        Process server = launch.process(folder, jvm, Map.of(), "--server.port=0", "--thidua.rules.dir=" + rules)
                .redirectErrorStream(true).start();
        String reported = null;
        Integer port = null;
        double served = -1;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null && reported == null; line = lines.readLine()) {
                Matcher on = PORT.matcher(line);
                if (on.find()) {
                    port = Integer.valueOf(on.group(1));
                }
                Matcher matcher = STARTED.matcher(line);
                if (matcher.find()) {
                    reported = matcher.group(1);
                }
            }
            if (port != null) {
                served = firstPage(port, started);
            }
        } finally {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
        return new Served(served, reported == null ? "?" : reported);
    }

    /** Seconds from {@code started} to the first 200 answer of the login page, asked every 50 ms for at most 5 minutes. */
    private static double firstPage(int port, long started) throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest login = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .timeout(Duration.ofSeconds(30)).build();
        while (seconds(started) < 300) {
            try {
                if (client.send(login, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return seconds(started);
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        return -1;
    }

    /** Copies a rules folder (a symbolic link to one too), so that a benchmark may edit a file of it. */
    static Path copyRules(Path rules, Path target) throws IOException {
        // A walk does not enter a folder it starts from through a link: it would copy nothing.
        Path folder = rules.toRealPath();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path to = target.resolve(folder.relativize(file).toString());
                Files.createDirectories(to.getParent());
                Files.copy(file, to);
            }
        }
        return target;
    }

    /** Appends a comment to the first award rule file of a rules folder: an edit that changes its hash and nothing else. */
    static void editFirstAwardRules(Path rulesCopy) throws IOException {
        Path file;
        try (Stream<Path> files = Files.list(rulesCopy.resolve("awards"))) {
            file = files.filter(f -> f.toString().endsWith(".drl")).sorted().findFirst()
                    .orElseThrow(() -> new IOException("no rule file in " + rulesCopy.resolve("awards")));
        }
        Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8) + "\n// edited by the benchmark " + System.nanoTime()
                + "\n", StandardCharsets.UTF_8);
    }

    static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + folder, e);
        }
    }
}
