package vn.thidua.audit;

import java.util.Optional;

import org.springframework.data.repository.Repository;

/** Runs can be added and read, never changed or removed: no update or delete method exists. */
interface EvaluationRunRepository extends Repository<EvaluationRunRecord, Long> {

    EvaluationRunRecord save(EvaluationRunRecord run);

    Optional<EvaluationRunRecord> findById(Long id);
}
