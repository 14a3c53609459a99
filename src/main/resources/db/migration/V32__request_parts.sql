-- Issue 19: one `evaluate` for every size. A request too large to hold in memory (a province's staff
-- or households, hundreds of MB) is evaluated as it is read and its run stored like any other; its
-- request is kept as received in parts of at most 4 MiB (evaluation_request_part, in order), so that
-- neither MariaDB's max_allowed_packet nor the heap bounds it, and evaluation_run.request_json is NULL.
-- The parts are covered by the seal through the header's request_sha256, the SHA-256 of their bytes
-- one after the other: `audit verify` and replay recompute it from the parts.
-- Written once for H2 (MODE=MySQL) and MariaDB: MODIFY COLUMN and LONGBLOB are understood by both.
ALTER TABLE evaluation_run MODIFY COLUMN request_json LONGTEXT NULL;
CREATE TABLE evaluation_request_part (
    run_id   BIGINT   NOT NULL,
    seq      INT      NOT NULL,
    content  LONGBLOB NOT NULL,
    PRIMARY KEY (run_id, seq),
    CONSTRAINT fk_request_part_run FOREIGN KEY (run_id) REFERENCES evaluation_run (id)
);
