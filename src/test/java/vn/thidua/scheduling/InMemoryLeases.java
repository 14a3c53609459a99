package vn.thidua.scheduling;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongPredicate;

/** Leases of one instance in memory, for the tests of job management without a database. */
class InMemoryLeases implements ScheduleLeases {

    final Map<Long, Lease> leases = new ConcurrentHashMap<>();
    private final LongPredicate solving;

    /** @param solving whether a schedule's row is still solving, as the table's status says */
    InMemoryLeases(LongPredicate solving) {
        this.solving = solving;
    }

    @Override
    public void hold(long id, String instance, Instant now) {
        leases.put(id, new Lease(id, instance, now, 1, false, null));
    }

    @Override
    public boolean beat(long id, String instance, Instant now, String bestJson) {
        Lease lease = leases.get(id);
        if (lease == null || !instance.equals(lease.instance())) {
            return false;
        }
        leases.put(id, new Lease(id, instance, now, lease.attempts(), lease.stopRequested(), bestJson));
        return true;
    }

    @Override
    public boolean holds(long id, String instance) {
        Lease lease = leases.get(id);
        return lease != null && instance.equals(lease.instance()) && solving.test(id);
    }

    @Override
    public Set<Long> stopsAsked(String instance) {
        Set<Long> asked = new HashSet<>();
        leases.values().stream().filter(l -> l.stopRequested() && instance.equals(l.instance())).forEach(l -> asked.add(l.id()));
        return asked;
    }

    @Override
    public boolean askStop(long id) {
        Lease lease = leases.get(id);
        if (lease == null) {
            return false;
        }
        leases.put(id, new Lease(id, lease.instance(), lease.heartbeatAt(), lease.attempts(), true, lease.bestJson()));
        return true;
    }

    @Override
    public Optional<Lease> lease(long id) {
        return Optional.ofNullable(leases.get(id));
    }

    @Override
    public List<Lease> stopped(String stoppedInstance, Instant staleBefore) {
        return leases.values().stream().filter(l -> solving.test(l.id()))
                .filter(l -> l.instance().equals(stoppedInstance) || l.heartbeatAt().isBefore(staleBefore)).toList();
    }

    @Override
    public boolean takeOver(Lease stopped, String instance, Instant now) {
        return leases.replace(stopped.id(), stopped, new Lease(stopped.id(), instance, now, stopped.attempts() + 1,
                stopped.stopRequested(), null));
    }
}
