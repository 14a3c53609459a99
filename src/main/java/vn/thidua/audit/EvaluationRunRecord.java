package vn.thidua.audit;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** The header of a stored evaluation run; its decisions are stored beside it. Never updated. */
@Table("evaluation_run")
record EvaluationRunRecord(
        @Id Long id,
        Instant createdAt,
        String ruleSetVersion,
        Instant ruleSetActivatedAt,
        int periodYear,
        LocalDate cutoffDate,
        LocalDate decisionDate,
        String requestSha256,
        String requestJson,
        int decisionCount,
        String warningsJson) {
}
