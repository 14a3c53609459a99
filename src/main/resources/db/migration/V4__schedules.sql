-- Council schedules: the request as received, the status of its solve, and its result once it ends.
-- Written once for H2 (MODE=MySQL) and MySQL/MariaDB. Numbered 10 to stay clear of other branches.

CREATE TABLE council_schedule (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    status         VARCHAR(20)    NOT NULL,
    source_run_id  BIGINT,
    created_at     TIMESTAMP(3)   NOT NULL,
    updated_at     TIMESTAMP(3)   NOT NULL,
    request_json   LONGTEXT       NOT NULL,
    result_json    LONGTEXT,
    score          VARCHAR(100),
    feasible       BOOLEAN,
    error          VARCHAR(2000)
);
