-- How many decisions of a run share a unit, award, outcome, set of priority groups and quota
-- selection: the results page's counts per outcome and per award, its number of matching rows and
-- pages, and its unit filter, summed from a few hundred lines instead of counted over the run's
-- rows (860,000 for a district). Derived like run_result_row (V23): written with the run, in its
-- transaction, from the same rows; NOT sealed (replay and `audit verify` never read it). Runs stored
-- before this migration get their lines at the first start after it, from their rows
-- (vn.thidua.audit.ResultRowBackfill). Written once for H2 (MODE=MySQL) and MySQL/MariaDB.
CREATE TABLE run_result_summary (
    run_id           BIGINT        NOT NULL,
    unit_code        VARCHAR(200)  NOT NULL,
    unit_name        VARCHAR(500)  NOT NULL,
    award            VARCHAR(60)   NOT NULL,
    outcome          VARCHAR(20)   NOT NULL,
    -- As in run_result_row: ",GROUP,GROUP," or empty.
    priority_groups  VARCHAR(200)  NOT NULL,
    -- run_result_row.selected as a key: 'Y' selected under a quota, 'N' ranked and not selected, '-' not ranked.
    selection        CHAR(1)       NOT NULL,
    decisions        INT           NOT NULL,
    -- A second instance backfilling the same run at the same start fails here instead of doubling its counts.
    PRIMARY KEY (run_id, unit_code, award, outcome, priority_groups, selection)
);

-- The decision page reads one decision of a run by subject and award; ix_decision_subject
-- (subject_id, award) serves the audit search across runs, not this.
CREATE INDEX ix_decision_run_subject ON evaluation_decision (run_id, subject_id, award);
