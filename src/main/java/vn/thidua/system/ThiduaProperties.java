package vn.thidua.system;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * The application's own settings: every {@code thidua.*} property, bound once at start with its
 * default written here once. A bad value stops the start with a message naming the property. Set
 * them as usual for Spring Boot: {@code application.properties}, {@code --thidua.import.max-bytes=...}
 * on the command line, or the environment ({@code THIDUA_ADMIN_PASSWORD}). Each group is documented
 * on its record below; the defaults are the {@code @DefaultValue}s.
 *
 * @param rules {@code thidua.rules.*}: where the rules come from
 * @param imports {@code thidua.import.*}: limits on a request read
 * @param engine {@code thidua.engine.*}: the rule engine's batches and limits
 * @param scheduling {@code thidua.scheduling.*}: council scheduling over REST
 * @param admin {@code thidua.admin.*}: the first administrator
 * @param login {@code thidua.login.*}: slowing and locking out repeated failed sign-ins
 * @param jobs {@code thidua.jobs.*}: evaluation and scheduling jobs kept in the database
 */
@ConfigurationProperties("thidua")
public record ThiduaProperties(@DefaultValue Rules rules, @Name("import") @DefaultValue Import imports,
        @DefaultValue Engine engine, @DefaultValue Scheduling scheduling, @DefaultValue Admin admin,
        @DefaultValue Login login, @DefaultValue Jobs jobs) {

    public ThiduaProperties {
        required(rules, "thidua.rules");
        required(imports, "thidua.import");
        required(engine, "thidua.engine");
        required(scheduling, "thidua.scheduling");
        required(admin, "thidua.admin");
        required(login, "thidua.login");
        required(jobs, "thidua.jobs");
    }

    /**
     * {@code thidua.rules.*}: where the rules come from.
     *
     * @param dir the rules folder policy staff edit, relative to the working directory
     *        ({@code evaluate --rules DIR} sets it)
     * @param source {@code active}: the version recorded as active in the database, whatever the folder
     *        holds now (an empty database records the folder as the first active version);
     *        {@code folder}: the folder as it is, nothing recorded or followed, for trying rules out
     *        ({@code evaluate --rules DIR} sets it)
     * @param followInterval how often a process follows an activation or rollback made by another
     *        process on the same database, and the delay before the first time
     * @param cacheDir where compiled rule files are kept between runs (docs/operations.md §21): empty
     *        for {@code $XDG_CACHE_HOME/thidua/compiled-rules} or {@code ~/.cache/thidua/compiled-rules},
     *        {@code none} to keep them in memory only
     */
    public record Rules(@DefaultValue("rules") Path dir, @DefaultValue("active") String source,
            @DefaultValue("PT5S") Duration followInterval, @DefaultValue("") String cacheDir) {

        /** The value of {@code thidua.rules.cache-dir} that keeps compiled rules in memory only. */
        public static final String NO_CACHE_FOLDER = "none";

        public Rules {
            required(dir, "thidua.rules.dir");
            if (source == null || !(source.strip().equalsIgnoreCase("active") || source.strip().equalsIgnoreCase("folder"))) {
                throw new IllegalArgumentException("thidua.rules.source must be active or folder, was " + source);
            }
            positive(followInterval, "thidua.rules.follow-interval");
            cacheDir = cacheDir == null ? "" : cacheDir.strip();
        }

        /** The folder of compiled rule files, or null when they are kept in memory only. */
        public Path cacheFolder() {
            if (cacheDir.equalsIgnoreCase(NO_CACHE_FOLDER)) {
                return null;
            }
            if (!cacheDir.isEmpty()) {
                return Path.of(cacheDir);
            }
            String xdg = System.getenv("XDG_CACHE_HOME");
            Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
            return base.resolve("thidua").resolve("compiled-rules");
        }
    }

    /**
     * {@code thidua.import.*}: limits on a request read.
     *
     * @param maxBytes the largest request read in bytes, over REST (413 above it), uploaded as a file
     *        or workbook; a MySQL server's {@code max_allowed_packet} must be at least as large, since
     *        each run stores its request
     * @param maxTextLength the longest text value in a request, in characters
     * @param inPartsAbove the size in bytes above which a request sent to {@code POST /api/evaluations} is kept in a
     *        temporary file and evaluated and stored in parts (docs/operations.md §24); 0, the default, means a
     *        sixteenth of the largest heap
     */
    public record Import(@DefaultValue("104857600") long maxBytes, @DefaultValue("10000") int maxTextLength,
            @DefaultValue("0") long inPartsAbove) {

        public Import {
            positive(maxBytes, "thidua.import.max-bytes");
            positive(maxTextLength, "thidua.import.max-text-length");
            if (inPartsAbove < 0) {
                throw new IllegalArgumentException("thidua.import.in-parts-above must be 0 (a sixteenth of the heap) or a"
                        + " number of bytes, not " + inPartsAbove);
            }
        }

        /** The size above which a request is read in parts: {@link #inPartsAbove}, or a sixteenth of the heap. */
        public long inPartsThreshold() {
            return inPartsAbove > 0 ? inPartsAbove : Runtime.getRuntime().maxMemory() / 16;
        }
    }

    /**
     * {@code thidua.engine.*}: the rule engine's batches and the limits that stop a rule set that
     * loops or floods the working memory.
     *
     * @param batchSize subjects evaluated together in one rule session
     * @param maxFiringsPerSubject rule firings per subject in each stage above which a run is stopped
     * @param maxSecondsPerRun seconds a run may spend in the rule engine (reading, writing and storing between batches
     *        not counted), for each 100,000 subjects begun, before it is stopped
     */
    public record Engine(@DefaultValue("256") int batchSize, @DefaultValue("2000") int maxFiringsPerSubject,
            @DefaultValue("300") long maxSecondsPerRun) {

        public Engine {
            positive(batchSize, "thidua.engine.batch-size");
            positive(maxFiringsPerSubject, "thidua.engine.max-firings-per-subject");
            positive(maxSecondsPerRun, "thidua.engine.max-seconds-per-run");
        }

        /** {@code max-seconds-per-run} as a duration. */
        public Duration maxPerRun() {
            return Duration.ofSeconds(maxSecondsPerRun);
        }
    }

    /**
     * {@code thidua.scheduling.*}: council scheduling over REST.
     *
     * @param seconds how long each solve runs unless stopped
     * @param maxSolving solves that run at once; the others wait
     * @param maxJobs schedules kept in memory, the oldest ended one leaving first (it stays in the
     *        database); when every one is still solving, a new one is refused (503)
     */
    public record Scheduling(@DefaultValue("30") int seconds, @DefaultValue("1") int maxSolving,
            @DefaultValue("16") int maxJobs) {

        public Scheduling {
            positive(seconds, "thidua.scheduling.seconds");
            positive(maxSolving, "thidua.scheduling.max-solving");
            positive(maxJobs, "thidua.scheduling.max-jobs");
        }
    }

    /**
     * {@code thidua.admin.*}: the first administrator, created or re-enabled when the web application
     * starts.
     *
     * @param username the administrator's user name
     * @param password the administrator's password (or {@code THIDUA_ADMIN_PASSWORD}); none by default,
     *        and without one no administrator is made and the log says how to set one
     */
    public record Admin(@DefaultValue("admin") String username, @DefaultValue("") String password) {

        public Admin {
            if (username == null || username.isBlank()) {
                throw new IllegalArgumentException("thidua.admin.username must not be blank, was \""
                        + (username == null ? "" : username) + "\"");
            }
            password = password == null ? "" : password;
        }

        @Override
        public String toString() {
            return "Admin[username=" + username + ", password=" + (password.isEmpty() ? "" : "***") + "]";
        }
    }

    /**
     * {@code thidua.login.*}: repeated failed sign-ins (form or HTTP basic) are slowed, then refused for
     * a while, counted per user name and per address within {@code window}.
     *
     * @param window how far back failures count, and how long a lockout lasts
     * @param slowAfter failures of a user name after which every further attempt for it waits a second per
     *        failure beyond it (at most five seconds)
     * @param lockUserAfter failures for one user name after which it is locked out for {@code window}
     * @param lockAddressAfter failures from one address, over any user names, after which it is locked out
     *        (behind a reverse proxy, set {@code server.forward-headers-strategy=native} so that the address
     *        is the client's, not the proxy's)
     */
    public record Login(@DefaultValue("PT15M") Duration window, @DefaultValue("3") int slowAfter,
            @DefaultValue("5") int lockUserAfter, @DefaultValue("20") int lockAddressAfter) {

        public Login {
            positive(window, "thidua.login.window");
            positive(slowAfter, "thidua.login.slow-after");
            positive(lockUserAfter, "thidua.login.lock-user-after");
            positive(lockAddressAfter, "thidua.login.lock-address-after");
        }
    }

    /**
     * {@code thidua.jobs.*}: evaluation jobs of the pages and council schedules are kept in the database,
     * so that any instance answers for any job and a restart resumes or clearly fails what was running
     * (docs/operations.md §20).
     *
     * @param instance this instance's name in the jobs it runs; empty: the host name and the server port
     *        (a restarted instance on the same host and port then takes back at once what it was running)
     * @param pollInterval how often an instance looks for queued jobs, stale jobs and stops asked elsewhere
     * @param staleAfter a running job whose instance has not written its heartbeat for this long is taken
     *        to have stopped: it is queued again (or failed after {@code maxAttempts}); heartbeats are
     *        written every third of it
     * @param maxAttempts how many times a job is started before it is failed with the reason
     * @param keepEnded how long ended evaluation jobs are kept (their runs are kept for ever)
     */
    public record Jobs(@DefaultValue("") String instance, @DefaultValue("PT1S") Duration pollInterval,
            @DefaultValue("PT1M") Duration staleAfter, @DefaultValue("2") int maxAttempts,
            @DefaultValue("P30D") Duration keepEnded) {

        public Jobs {
            instance = instance == null ? "" : instance.strip();
            if (instance.length() > 200) {
                throw new IllegalArgumentException("thidua.jobs.instance must be at most 200 characters, was " + instance.length());
            }
            positive(pollInterval, "thidua.jobs.poll-interval");
            positive(staleAfter, "thidua.jobs.stale-after");
            positive(maxAttempts, "thidua.jobs.max-attempts");
            positive(keepEnded, "thidua.jobs.keep-ended");
            if (staleAfter.compareTo(pollInterval.multipliedBy(3)) < 0) {
                throw new IllegalArgumentException("thidua.jobs.stale-after (" + staleAfter
                        + ") must be at least three times thidua.jobs.poll-interval (" + pollInterval + ")");
            }
        }

        /** How often a running job's instance writes its heartbeat and progress: a third of {@code staleAfter}. */
        public Duration heartbeat() {
            return staleAfter.dividedBy(3);
        }
    }

    /** Every setting at its default, for the commands that run without the application context. */
    public static ThiduaProperties defaults() {
        return new Binder(new MapConfigurationPropertySource()).bindOrCreate("thidua", ThiduaProperties.class);
    }

    /**
     * The settings as the commands that run without the application context see them: Java system
     * properties ({@code -Dthidua.rules.cache-dir=...}) and the environment ({@code THIDUA_RULES_CACHEDIR}),
     * bound as Spring Boot binds them; every other setting at its default.
     */
    public static ThiduaProperties fromEnvironment() {
        return Binder.get(new org.springframework.core.env.StandardEnvironment()).bindOrCreate("thidua", ThiduaProperties.class);
    }

    private static void required(Object value, String property) {
        if (value == null) {
            throw new IllegalArgumentException(property + " must be set");
        }
    }

    private static void positive(long value, String property) {
        if (value <= 0) {
            throw new IllegalArgumentException(property + " must be positive, was " + value);
        }
    }

    private static void positive(Duration value, String property) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(property + " must be positive, was " + value);
        }
    }
}
