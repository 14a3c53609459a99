-- The units a stored evaluation run concerns (the units of its request) and who submitted it, so
-- that a secretariat user sees the runs of their own units.
CREATE TABLE run_scope (
    run_id    BIGINT       NOT NULL,
    unit_code VARCHAR(200) NOT NULL,
    PRIMARY KEY (run_id, unit_code),
    CONSTRAINT fk_scope_run FOREIGN KEY (run_id) REFERENCES evaluation_run (id)
);

CREATE TABLE run_submitter (
    run_id   BIGINT      NOT NULL PRIMARY KEY,
    username VARCHAR(80) NOT NULL,
    CONSTRAINT fk_submitter_run FOREIGN KEY (run_id) REFERENCES evaluation_run (id)
);
