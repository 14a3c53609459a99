-- One row per decision of a run as the results table, the public lists and the decision page show
-- it: the subject's name, unit and unit name from the request, the priority groups and whether it
-- was selected under a quota from the rankings. Derived at write time, in the run's transaction,
-- from what the run stores (request, decisions, rankings), so that a page of a run of 100,000 people
-- is read, filtered and counted in the database without parsing the run's request. NOT sealed: the
-- audit chain covers the request, decisions and rankings these rows are derived from, and
-- `audit verify` and replay read those, never these rows. Runs stored before this migration get
-- their rows at the first start after it (vn.thidua.audit.ResultRowBackfill).
-- Written once for H2 (MODE=MySQL) and MySQL/MariaDB.
CREATE TABLE run_result_row (
    run_id              BIGINT        NOT NULL,
    seq                 INT           NOT NULL,
    subject_id          VARCHAR(200)  NOT NULL,
    subject_name        VARCHAR(500)  NOT NULL,
    unit_code           VARCHAR(200)  NOT NULL,
    unit_name           VARCHAR(500)  NOT NULL,
    award               VARCHAR(60)   NOT NULL,
    outcome             VARCHAR(20)   NOT NULL,
    requires_judgement  BOOLEAN       NOT NULL,
    -- The priority groups as ",GROUP,GROUP," (empty when none), so that one group is a LIKE away.
    priority_groups     VARCHAR(200)  NOT NULL,
    -- Null when the award was not ranked under a quota for this subject.
    selected            BOOLEAN,
    PRIMARY KEY (run_id, seq)
);

CREATE INDEX ix_result_row_outcome ON run_result_row (run_id, outcome, seq);
CREATE INDEX ix_result_row_award ON run_result_row (run_id, award, seq);
CREATE INDEX ix_result_row_unit ON run_result_row (run_id, unit_code, seq);
CREATE INDEX ix_result_row_subject ON run_result_row (run_id, subject_id, award);
