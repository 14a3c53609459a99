-- What the report by focus group and the Fatherland Front's oversight scope read of a run's request,
-- written with the run, in its transaction, so that neither reads the request again (about 110 MB for
-- a district of 100,000 people): the run's unit tree, and per subject its kind, unit, occupation,
-- leading post and the priority groups the ranking reads from the request (vn.thidua.audit.RunOutline).
-- The report derives each subject's focus groups from these columns. Derived like run_result_row (V23):
-- NOT sealed, since the audit chain covers the request they come from and `audit verify` and replay
-- read that, never these rows. Runs stored before this migration have no rows here; the report and the
-- oversight scope read their request as before. No foreign key: the rows are written once, in the
-- run's own transaction, and a key check per row would only slow the store of a large run.
-- Written once for H2 (MODE=MySQL) and MySQL/MariaDB.
CREATE TABLE run_unit (
    run_id       BIGINT        NOT NULL,
    unit_code    VARCHAR(200)  NOT NULL,
    unit_name    VARCHAR(500),
    -- The unit above it in the request's tree; null at the top.
    parent_code  VARCHAR(200),
    PRIMARY KEY (run_id, unit_code)
);

CREATE TABLE run_subject (
    run_id           BIGINT        NOT NULL,
    subject_id       VARCHAR(200)  NOT NULL,
    -- INDIVIDUAL, COLLECTIVE or HOUSEHOLD.
    subject_kind     VARCHAR(20)   NOT NULL,
    unit_code        VARCHAR(200),
    -- An individual's occupation as the request gives it; null for collectives, households and when not given.
    occupation       VARCHAR(40),
    -- An individual holding a leading post (Biểu 0603 counts them apart).
    leader           BOOLEAN       NOT NULL,
    -- The priority groups as ",GROUP,GROUP," (empty when none), as run_result_row writes them.
    priority_groups  VARCHAR(200)  NOT NULL,
    PRIMARY KEY (run_id, subject_id)
);

-- A decision no longer checks, as it is inserted, that its run exists. On H2 the check reads the
-- run's row, and the row holds the request, what the run read from the register and its warnings
-- inline (megabytes for a district, growing each year with the register): once it outgrew H2's page
-- cache, every one of a run's decisions re-read and decoded it, and storing the same district went from
-- 45 s to 540 s a year in five years (docs/benchmarks.md §10, traced to this check). The decisions are
-- written only with their run, in its transaction (vn.thidua.audit.RunLedger), and sealed with it, so
-- `audit verify` names a decision changed, removed or added around the application all the same.
ALTER TABLE evaluation_decision DROP CONSTRAINT fk_decision_run;
