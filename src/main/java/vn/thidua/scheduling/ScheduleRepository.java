package vn.thidua.scheduling;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/** Schedules are added when submitted and saved once more when their solve ends; never removed. */
interface ScheduleRepository extends Repository<ScheduleRecord, Long> {

    ScheduleRecord save(ScheduleRecord schedule);

    Optional<ScheduleRecord> findById(Long id);

    @Query("SELECT id FROM council_schedule ORDER BY id DESC LIMIT :limit")
    List<Long> newestIds(int limit);

    @Query("SELECT id FROM council_schedule WHERE source_run_id = :runId ORDER BY id")
    List<Long> idsOfRun(long runId);
}
