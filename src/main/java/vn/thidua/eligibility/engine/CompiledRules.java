package vn.thidua.eligibility.engine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.compiler.builder.impl.KnowledgeBuilderImpl;
import org.kie.api.definition.KiePackage;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.builder.ResultSeverity;
import org.kie.internal.io.ResourceFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.modulith.NamedInterface;

/**
 * Rule files compiled once per content: the compiled packages of each {@code .drl} file, kept in
 * memory and in a cache folder under a key that is the SHA-256 of the file's path and content and of
 * what its compiled form depends on (the Drools and MVEL versions, the Java version, and the classes
 * of the facts vocabulary the rules are written in). A second start, a second {@code evaluate} and
 * an unchanged validation read the packages instead of compiling them; an edited file gets a new key
 * and is compiled, alone. Loaded rule sets are also kept in memory by version, so loading the same
 * files again in one process (a follow, a replay, an unchanged validation in the browser) neither
 * compiles nor re-checks them.
 * <p>
 * Entries are read back only when whole: a header naming the format and the key, and the SHA-256 of
 * the compiled packages, checked before anything is deserialised, and deserialisation admits only
 * the classes compiled packages consist of. A corrupt, truncated, foreign or unreadable entry is
 * ignored, logged, deleted and rebuilt; a cache folder that cannot be written leaves the cache in
 * memory only. Nothing here changes what the rules decide.
 */
@NamedInterface("engine")
public final class CompiledRules {

    private static final Logger LOG = LoggerFactory.getLogger(CompiledRules.class);

    /** Changes when the layout of an entry changes, so that older entries are never read. */
    private static final String FORMAT = "thidua-compiled-rules/1";
    private static final byte[] MAGIC = (FORMAT + "\n").getBytes(StandardCharsets.US_ASCII);
    private static final String SUFFIX = ".drlc";

    /** Entries kept in the folder; the oldest used go first when there are more. */
    private static final int FOLDER_ENTRIES = 400;
    /** Compiled files kept in memory (about 150 kB each for the shipped rules). */
    private static final int MEMORY_ENTRIES = 128;
    /** Whole rule sets kept in memory (each a compiled rule base). */
    private static final int MEMORY_RULE_SETS = 4;

    /** What a compiled package's stream may hold: the engine's own types and the facts vocabulary. */
    private static final List<String> ADMITTED = List.of("java.", "org.drools.", "org.kie.", "org.mvel2.",
            "vn.thidua.eligibility.facts.");

    private static final Map<String, CompiledRules> SHARED = new ConcurrentHashMap<>();
    private static volatile String engineFingerprint;

    private final Path folder;
    private volatile boolean folderUsable;
    private final Map<String, byte[]> memory = lru(MEMORY_ENTRIES);
    private final Map<String, RuleSet> ruleSets = lru(MEMORY_RULE_SETS);

    private final AtomicInteger compiled = new AtomicInteger();
    private final AtomicInteger fromMemory = new AtomicInteger();
    private final AtomicInteger fromFolder = new AtomicInteger();
    private final AtomicInteger ignored = new AtomicInteger();
    private final AtomicInteger ruleSetsBuilt = new AtomicInteger();
    private final AtomicInteger ruleSetsReused = new AtomicInteger();

    private CompiledRules(Path folder) {
        this.folder = folder;
        this.folderUsable = folder != null;
    }

    /**
     * A cache of its own in {@code folder} and in memory; a null folder keeps it in memory only.
     * Processes and caches may share a folder: entries are written whole under a new name and then
     * renamed.
     */
    public static CompiledRules in(Path folder) {
        return new CompiledRules(folder == null ? null : folder.toAbsolutePath().normalize());
    }

    /**
     * The process's cache for {@code folder} (null: the process's cache kept in memory only), shared
     * by every loader of the process that names the same folder.
     */
    public static CompiledRules shared(Path folder) {
        String key = folder == null ? "" : folder.toAbsolutePath().normalize().toString();
        return SHARED.computeIfAbsent(key, k -> in(folder));
    }

    /** The folder entries are written to, or null when kept in memory only. */
    public Path folder() {
        return folder;
    }

    /** How often each way of getting compiled rules was taken, since this cache was made. */
    public record Counts(int compiled, int fromMemory, int fromFolder, int ignored, int ruleSetsBuilt, int ruleSetsReused) {
    }

    /** The counts so far. */
    public Counts counts() {
        return new Counts(compiled.get(), fromMemory.get(), fromFolder.get(), ignored.get(), ruleSetsBuilt.get(),
                ruleSetsReused.get());
    }

    /** Forgets what is held in memory (the folder stays), as a new process would start. */
    public void clearMemory() {
        synchronized (memory) {
            memory.clear();
        }
        synchronized (ruleSets) {
            ruleSets.clear();
        }
    }

    /** The compiled packages of one rule file, or its compile problems. */
    record Compiled(List<KiePackage> packages, List<RuleProblem> problems) {
    }

    /**
     * The packages of a rule file: from memory, from the folder, or compiled (and then kept). A file
     * that does not compile gives its problems, each with file and line, and nothing is kept.
     */
    Compiled packages(String path, byte[] content) {
        String key = key(path, content);
        byte[] known;
        synchronized (memory) {
            known = memory.get(key);
        }
        if (known != null) {
            List<KiePackage> packages = read(known, key, "memory");
            if (packages != null) {
                fromMemory.incrementAndGet();
                return new Compiled(packages, List.of());
            }
        }
        byte[] stored = readEntry(key);
        if (stored != null) {
            List<KiePackage> packages = read(stored, key, "the cache folder");
            if (packages != null) {
                remember(key, stored);
                fromFolder.incrementAndGet();
                return new Compiled(packages, List.of());
            }
            delete(entry(key));
        }
        Compiled fresh = compile(path, content);
        compiled.incrementAndGet();
        if (fresh.problems().isEmpty()) {
            byte[] bytes = write(fresh.packages());
            remember(key, bytes);
            writeEntry(key, bytes);
        }
        return fresh;
    }

    /** A rule set loaded before from the same files, for the same use, or null. */
    RuleSet ruleSet(String version, boolean archived) {
        RuleSet known;
        synchronized (ruleSets) {
            known = ruleSets.get(ruleSetKey(version, archived));
        }
        if (known != null) {
            ruleSetsReused.incrementAndGet();
        }
        return known;
    }

    /** Keeps a rule set just loaded, by its version. */
    void keep(RuleSet ruleSet, boolean archived) {
        ruleSetsBuilt.incrementAndGet();
        synchronized (ruleSets) {
            ruleSets.put(ruleSetKey(ruleSet.version(), archived), ruleSet);
        }
    }

    private static String ruleSetKey(String version, boolean archived) {
        return version + (archived ? "/archived" : "/folder");
    }

    private static Compiled compile(String path, byte[] content) {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(
                KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(null, RuleSetLoader.class.getClassLoader()));
        builder.add(ResourceFactory.newByteArrayResource(content).setSourcePath(path), ResourceType.DRL);
        List<KnowledgeBuilderResult> errors = new ArrayList<>(builder.getResults(ResultSeverity.ERROR));
        if (errors.isEmpty()) {
            return new Compiled(List.copyOf(builder.getKnowledgePackages()), List.of());
        }
        List<RuleProblem> problems = new ArrayList<>();
        for (KnowledgeBuilderResult error : errors) {
            // Drools follows a syntax error with this line-less message, which adds nothing to it.
            if (errors.size() > 1 && error.getMessage().contains("Parser returned a null Package")) {
                continue;
            }
            String file = error.getResource() == null || error.getResource().getSourcePath() == null ? path
                    : error.getResource().getSourcePath();
            int[] lines = error.getLines();
            problems.add(new RuleProblem(file, lines == null || lines.length == 0 ? 0 : Math.max(lines[0], 0),
                    error.getMessage().strip()));
        }
        return new Compiled(List.of(), problems);
    }

    private String key(String path, byte[] content) {
        MessageDigest digest = sha256();
        update(digest, FORMAT);
        update(digest, engineFingerprint());
        update(digest, path);
        digest.update(content);
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * What a compiled rule file depends on besides its own text: the versions of Drools, MVEL and Java,
     * and the bytes of every class of the facts vocabulary (a changed fact class changes what a
     * compiled consequence calls).
     */
    static String engineFingerprint() {
        String known = engineFingerprint;
        if (known != null) {
            return known;
        }
        MessageDigest digest = sha256();
        for (Class<?> type : List.of(KnowledgeBuilderImpl.class, InternalKnowledgePackage.class, org.drools.core.impl.KnowledgeBaseImpl.class,
                org.mvel2.MVEL.class)) {
            Package p = type.getPackage();
            update(digest, type.getName() + "=" + (p == null ? null : p.getImplementationVersion()));
        }
        update(digest, "java=" + Runtime.version().feature());
        try {
            Resource[] classes = new PathMatchingResourcePatternResolver(RuleSetLoader.class.getClassLoader())
                    .getResources("classpath*:vn/thidua/eligibility/facts/**/*.class");
            Arrays.sort(classes, Comparator.comparing(CompiledRules::describe));
            for (Resource type : classes) {
                update(digest, type.getFilename());
                try (InputStream in = type.getInputStream()) {
                    digest.update(in.readAllBytes());
                }
            }
            if (classes.length == 0) {
                // Never seen: without the vocabulary's bytes no key could tell one build from another.
                update(digest, "no-facts-classes:" + Instant.now());
            }
        } catch (IOException e) {
            update(digest, "unreadable-facts-classes:" + Instant.now());
        }
        known = HexFormat.of().formatHex(digest.digest());
        engineFingerprint = known;
        return known;
    }

    private static String describe(Resource resource) {
        try {
            return resource.getURL().toString();
        } catch (IOException e) {
            return String.valueOf(resource.getFilename());
        }
    }

    private static byte[] write(List<KiePackage> packages) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new DroolsObjectOutputStream(bytes)) {
            out.writeObject(new ArrayList<>(packages));
        } catch (IOException e) {
            throw new IllegalStateException("compiled rules cannot be serialised: " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }

    /** Deserialises packages; null, logged, when they cannot be read (never trusted half-read). */
    private List<KiePackage> read(byte[] bytes, String key, String where) {
        try (ObjectInputStream in = new DroolsObjectInputStream(new ByteArrayInputStream(bytes), RuleSetLoader.class.getClassLoader())) {
            in.setObjectInputFilter(CompiledRules::admit);
            Object read = in.readObject();
            if (!(read instanceof Collection<?> list) || list.isEmpty()) {
                throw new IOException("not a list of compiled packages");
            }
            List<KiePackage> packages = new ArrayList<>();
            for (Object element : list) {
                if (!(element instanceof InternalKnowledgePackage pkg)) {
                    throw new IOException("holds a " + (element == null ? "null" : element.getClass().getName()));
                }
                packages.add(pkg);
            }
            return packages;
        } catch (IOException | ClassNotFoundException | RuntimeException | LinkageError e) {
            ignored.incrementAndGet();
            LOG.warn("compiled rules {} in {} cannot be read ({}); ignored, compiling again", key, where, e.toString());
            synchronized (memory) {
                memory.remove(key);
            }
            return null;
        }
    }

    private static ObjectInputFilter.Status admit(ObjectInputFilter.FilterInfo info) {
        Class<?> type = info.serialClass();
        if (type == null) {
            return ObjectInputFilter.Status.UNDECIDED;
        }
        while (type.isArray()) {
            type = type.getComponentType();
        }
        if (type.isPrimitive()) {
            return ObjectInputFilter.Status.ALLOWED;
        }
        String name = type.getName();
        return ADMITTED.stream().anyMatch(name::startsWith) ? ObjectInputFilter.Status.ALLOWED : ObjectInputFilter.Status.REJECTED;
    }

    private void remember(String key, byte[] bytes) {
        synchronized (memory) {
            memory.put(key, bytes);
        }
    }

    private Path entry(String key) {
        return folder.resolve(key + SUFFIX);
    }

    /** The compiled packages stored under {@code key}, checked whole; null when absent or not whole. */
    private byte[] readEntry(String key) {
        if (!folderUsable) {
            return null;
        }
        Path entry = entry(key);
        byte[] all;
        try {
            all = Files.readAllBytes(entry);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            ignored.incrementAndGet();
            LOG.warn("the compiled rules {} cannot be read ({}); compiling again", entry, e.toString());
            return null;
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(all))) {
            byte[] magic = in.readNBytes(MAGIC.length);
            String storedKey = in.readUTF();
            byte[] sum = in.readNBytes(32);
            byte[] payload = in.readAllBytes();
            if (!Arrays.equals(magic, MAGIC) || !storedKey.equals(key) || sum.length != 32
                    || !MessageDigest.isEqual(sum, sha256().digest(payload))) {
                throw new IOException("its header or checksum does not match");
            }
            touch(entry);
            return payload;
        } catch (IOException e) {
            ignored.incrementAndGet();
            LOG.warn("the compiled rules {} are not whole ({}); ignored, compiling again", entry, e.getMessage());
            delete(entry);
            return null;
        }
    }

    private void writeEntry(String key, byte[] payload) {
        if (!folderUsable) {
            return;
        }
        Path temp = null;
        try {
            createFolder();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(payload.length + 128);
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.write(MAGIC);
                out.writeUTF(key);
                out.write(sha256().digest(payload));
                out.write(payload);
            }
            temp = Files.createTempFile(folder, key, ".tmp");
            Files.write(temp, bytes.toByteArray());
            try {
                Files.move(temp, entry(key), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, entry(key), StandardCopyOption.REPLACE_EXISTING);
            }
            prune();
        } catch (IOException | RuntimeException e) {
            folderUsable = false;
            LOG.warn("the rule cache folder {} cannot be written ({}); compiled rules are kept in memory only", folder, e.toString());
            if (temp != null) {
                delete(temp);
            }
        }
    }

    private void createFolder() throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            // Only this user may place compiled rules where the application will load them.
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(folder);
        }
    }

    /** Keeps the folder at {@value #FOLDER_ENTRIES} entries, removing those used least recently. */
    private void prune() throws IOException {
        List<Path> entries;
        try (Stream<Path> list = Files.list(folder)) {
            entries = list.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).toList();
        }
        if (entries.size() <= FOLDER_ENTRIES) {
            return;
        }
        Map<Path, FileTime> used = new LinkedHashMap<>();
        for (Path p : entries) {
            try {
                used.put(p, Files.getLastModifiedTime(p));
            } catch (IOException e) {
                // another process removed it meanwhile
            }
        }
        used.entrySet().stream().sorted(Map.Entry.comparingByValue()).limit(Math.max(0, used.size() - FOLDER_ENTRIES))
                .forEach(e -> delete(e.getKey()));
    }

    private static void touch(Path entry) {
        try {
            Files.setLastModifiedTime(entry, FileTime.from(Instant.now()));
        } catch (IOException e) {
            // the time only orders pruning
        }
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // a later write replaces it
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(String.valueOf(text).getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    private static <V> Map<String, V> lru(int size) {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > size;
            }
        };
    }
}
