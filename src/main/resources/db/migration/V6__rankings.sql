-- The rankings of a run under its quotas, one row per ranking in the run's order, each as the JSON
-- of the result (entries, reasons, shares). Append-only like the rest of the run.
-- Written once for H2 (MODE=MySQL) and MySQL/MariaDB.

CREATE TABLE evaluation_ranking (
    run_id        BIGINT        NOT NULL,
    seq           INT           NOT NULL,
    award         VARCHAR(60)   NOT NULL,
    unit_code     VARCHAR(200)  NOT NULL,
    ranking_json  LONGTEXT      NOT NULL,
    PRIMARY KEY (run_id, seq),
    CONSTRAINT fk_ranking_run FOREIGN KEY (run_id) REFERENCES evaluation_run (id)
);
