package vn.thidua.eligibility.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Work the engine spreads over the machine's cores: compiling rule files, running scenarios. Its
 * threads load classes as the engine does: Drools finds its services through the thread's context
 * class loader, which in the common fork-join pool of a packaged jar does not see them.
 */
final class Parallel {

    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ExecutorService POOL = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()),
            work -> {
                Thread thread = new Thread(work, "rules-" + THREADS.incrementAndGet());
                thread.setDaemon(true);
                thread.setContextClassLoader(Parallel.class.getClassLoader());
                return thread;
            });

    private Parallel() {
    }

    /** {@code function} applied to every item, the results in the items' order; the first failure is thrown. */
    static <T, R> List<R> map(List<T> items, Function<T, R> function) {
        if (items.size() <= 1) {
            return items.stream().map(function).toList();
        }
        List<Future<R>> futures = new ArrayList<>(items.size());
        for (T item : items) {
            futures.add(POOL.submit(() -> function.apply(item)));
        }
        List<R> results = new ArrayList<>(items.size());
        try {
            for (Future<R> future : futures) {
                results.add(future.get());
            }
        } catch (InterruptedException e) {
            futures.forEach(f -> f.cancel(true));
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            futures.forEach(f -> f.cancel(true));
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw new IllegalStateException(e.getCause());
        }
        return results;
    }
}
