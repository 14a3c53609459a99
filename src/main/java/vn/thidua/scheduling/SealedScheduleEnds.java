package vn.thidua.scheduling;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.thidua.audit.RecordKind;
import vn.thidua.audit.RecordSeals;

/**
 * Saves an ended schedule (DONE, STOPPED or FAILED) and seals it in the audit record chain in one
 * transaction. Only the first end of a solve is stored, so nothing changes the row after its seal.
 */
@Component
class SealedScheduleEnds implements EndedSchedules {

    private final ScheduleRepository repository;
    private final RecordSeals seals;
    private final TransactionTemplate transactions;

    SealedScheduleEnds(ScheduleRepository repository, RecordSeals seals, PlatformTransactionManager transactionManager) {
        this.repository = repository;
        this.seals = seals;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Override
    public void store(ScheduleRecord ended) {
        transactions.executeWithoutResult(status -> {
            repository.save(ended);
            seals.seal(RecordKind.SCHEDULE, ended.id());
        });
    }
}
