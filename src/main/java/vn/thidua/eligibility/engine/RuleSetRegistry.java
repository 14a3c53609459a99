package vn.thidua.eligibility.engine;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.springframework.modulith.NamedInterface;

/**
 * Holds the active rule set. An evaluation takes the reference once at its start, so it runs on
 * exactly one version even while another is activated. The first rule set may still be loading
 * ({@link #loading}): {@link #active()} then waits for it, and {@link #loaded()} says it is not there yet.
 */
@NamedInterface("engine")
public final class RuleSetRegistry {

    private final AtomicReference<RuleSet> active;
    private final CompletableFuture<RuleSet> first;

    public RuleSetRegistry(RuleSet initial) {
        this.active = new AtomicReference<>(initial);
        this.first = CompletableFuture.completedFuture(initial);
    }

    private RuleSetRegistry(Supplier<RuleSet> load) {
        this.active = new AtomicReference<>();
        this.first = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                RuleSet loaded = load.get();
                active.compareAndSet(null, loaded);
                first.complete(loaded);
            } catch (RuntimeException | Error e) {
                first.completeExceptionally(e);
            }
        }, "rule-set-load");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * A registry whose first rule set is loaded in a thread of its own, beside whatever the caller does
     * meanwhile (the rest of the application's start).
     */
    public static RuleSetRegistry loading(Supplier<RuleSet> load) {
        return new RuleSetRegistry(load);
    }

    /**
     * The active rule set, waiting for the first one while it loads.
     *
     * @throws RuleSetException when the first rule set could not be loaded, naming every problem
     */
    public RuleSet active() {
        RuleSet current = active.get();
        if (current != null) {
            return current;
        }
        try {
            first.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
        return active.get();
    }

    /** The active rule set, or null while the first one is still loading or when it could not be loaded. */
    public RuleSet loaded() {
        return active.get();
    }

    /** Makes {@code next} the active rule set and returns the one it replaced. */
    public RuleSet activate(RuleSet next) {
        active();
        return active.getAndSet(next);
    }
}
