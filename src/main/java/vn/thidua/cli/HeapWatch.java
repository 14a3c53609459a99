package vn.thidua.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * What a piece of work holds on the heap, for the benchmarks' memory figures. The peak of heap used
 * counts garbage not yet collected, so it approaches the heap's limit whatever the work keeps, and
 * the heap left after a young collection still holds old garbage; so the work is measured at
 * {@link #checkpoint}s, each after a full collection, placed where the work holds the most.
 */
final class HeapWatch {

    private long largestLive;
    private String largestLivePhase = "none";

    /** Collects the garbage and notes the heap left, which is what the work holds at this point. Costs a full collection. */
    void checkpoint(String phase) {
        System.gc();
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                used += pool.getUsage().getUsed();
            }
        }
        if (used > largestLive) {
            largestLive = used;
            largestLivePhase = phase;
        }
    }

    /** The most heap the work held at a {@link #checkpoint}. */
    long largestLiveMiB() {
        return largestLive >> 20;
    }

    /** Where the work held the most, or "none" before any checkpoint. */
    String largestLivePhase() {
        return largestLivePhase;
    }

    /** The limit the heap runs under ({@code -Xmx}). */
    static long maxMiB() {
        return Runtime.getRuntime().maxMemory() >> 20;
    }
}
