package vn.thidua.audit;

import java.util.Optional;

import org.springframework.data.repository.Repository;

/** Runs are read here, never changed or removed: no save, update or delete method exists; {@link RunLedger} appends them. */
interface EvaluationRunRepository extends Repository<EvaluationRunRecord, Long> {

    Optional<EvaluationRunRecord> findById(Long id);

    boolean existsById(Long id);
}
