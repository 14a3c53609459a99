-- The results page of a district's run (100,000 people, 6,700 units) took 17 s to open because its
-- counts, its number of pages and its unit filter were summed from run_result_summary (V26), which
-- is kept per unit: hundreds of thousands of lines for such a run (docs/benchmarks.md §9). Two
-- smaller summaries written beside it, with the run, in its transaction, from the same rows:
--   run_result_total: the same lines without the unit (award × outcome × priority groups × selection),
--     a few hundred lines whatever the size of the run, read by every page without a unit filter;
--   run_result_unit: the run's units with their names and number of decisions, for the unit filter.
-- run_result_summary is still read when a unit is chosen (its key leads with the run and the unit).
-- Derived like the others: NOT sealed; replay and `audit verify` never read them. The runs stored
-- before this migration get theirs here, summed from their summary; runs stored before V26 (no
-- summary yet) get all three at the next start (vn.thidua.audit.ResultRowBackfill).
-- Written once for H2 (MODE=MySQL) and MySQL/MariaDB.
CREATE TABLE run_result_total (
    run_id           BIGINT        NOT NULL,
    award            VARCHAR(60)   NOT NULL,
    outcome          VARCHAR(20)   NOT NULL,
    priority_groups  VARCHAR(200)  NOT NULL,
    selection        CHAR(1)       NOT NULL,
    decisions        INT           NOT NULL,
    PRIMARY KEY (run_id, award, outcome, priority_groups, selection)
);

CREATE TABLE run_result_unit (
    run_id     BIGINT        NOT NULL,
    unit_code  VARCHAR(200)  NOT NULL,
    unit_name  VARCHAR(500)  NOT NULL,
    decisions  INT           NOT NULL,
    PRIMARY KEY (run_id, unit_code)
);

INSERT INTO run_result_total (run_id, award, outcome, priority_groups, selection, decisions)
SELECT run_id, award, outcome, priority_groups, selection, SUM(decisions)
FROM run_result_summary GROUP BY run_id, award, outcome, priority_groups, selection;

INSERT INTO run_result_unit (run_id, unit_code, unit_name, decisions)
SELECT run_id, unit_code, MAX(unit_name), SUM(decisions)
FROM run_result_summary GROUP BY run_id, unit_code;
