package vn.thidua.testing;

import java.util.ArrayList;
import java.util.List;

import vn.thidua.system.Progress;

/** A {@link Progress} that keeps every phase started, with its total, the units stepped and whether it was closed. */
public final class RecordingProgress implements Progress {

    /** One phase as it was told. */
    public static final class Phase implements Task {
        private final String name;
        private final long total;
        private long done;
        private boolean closed;

        Phase(String name, long total) {
            this.name = name;
            this.total = total;
        }

        @Override
        public synchronized void stepBy(long units) {
            if (closed) {
                throw new IllegalStateException(name + " stepped after it was closed");
            }
            done += units;
        }

        @Override
        public synchronized void close() {
            closed = true;
        }

        public String name() {
            return name;
        }

        public long total() {
            return total;
        }

        public synchronized long done() {
            return done;
        }

        public synchronized boolean closed() {
            return closed;
        }
    }

    private final List<Phase> phases = new ArrayList<>();

    @Override
    public synchronized Task start(String name, long total) {
        Phase phase = new Phase(name, total);
        phases.add(phase);
        return phase;
    }

    public synchronized List<Phase> phases() {
        return List.copyOf(phases);
    }

    /** The one phase of this name. */
    public synchronized Phase phase(String name) {
        List<Phase> named = phases.stream().filter(p -> p.name().equals(name)).toList();
        if (named.size() != 1) {
            throw new AssertionError("expected one phase named " + name + ", got " + phases.stream().map(Phase::name).toList());
        }
        return named.get(0);
    }
}
