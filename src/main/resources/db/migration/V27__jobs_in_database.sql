-- Jobs in the database (docs/operations.md §20): any instance answers for any job, and a restart
-- resumes or clearly fails a job instead of forgetting it. Written once for H2 (MODE=MySQL) and
-- MySQL/MariaDB.

-- An evaluation started from the pages: QUEUED until an instance claims it (a conditional UPDATE, so
-- exactly one does), RUNNING with the claiming instance's heartbeat, then DONE with its run (written
-- in the run's own transaction) or FAILED with its message. The request is kept until the job ends
-- (the run stores it); a job whose instance stops beating is queued again, or failed after
-- thidua.jobs.max-attempts.
CREATE TABLE evaluation_job (
    id            VARCHAR(36)    NOT NULL PRIMARY KEY,
    username      VARCHAR(100)   NOT NULL,
    subjects      INT            NOT NULL,
    state         VARCHAR(10)    NOT NULL,
    submitted_at  TIMESTAMP(3)   NOT NULL,
    -- The instance that received it, which claims it at once; any other claims it after stale-after.
    received_by   VARCHAR(200)   NOT NULL,
    started_at    TIMESTAMP(3),
    ended_at      TIMESTAMP(3),
    instance      VARCHAR(200),
    heartbeat_at  TIMESTAMP(3),
    attempts      INT            DEFAULT 0 NOT NULL,
    -- Progress of the running attempt, written with the heartbeat: phase, units done, phase total.
    phase         VARCHAR(20),
    done_units    BIGINT         DEFAULT 0 NOT NULL,
    total_units   BIGINT         DEFAULT 0 NOT NULL,
    run_id        BIGINT,
    error         VARCHAR(2000),
    request_json  LONGTEXT
);
CREATE INDEX ix_evaluation_job_state ON evaluation_job (state, submitted_at);

-- A schedule while it is solved: the instance solving it and its heartbeat, the best result so far (so
-- that any instance shows it), a stop asked on another instance, and the attempts made.
ALTER TABLE council_schedule ADD COLUMN instance VARCHAR(200);
ALTER TABLE council_schedule ADD COLUMN heartbeat_at TIMESTAMP(3);
ALTER TABLE council_schedule ADD COLUMN stop_requested BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE council_schedule ADD COLUMN attempts INT DEFAULT 1 NOT NULL;
ALTER TABLE council_schedule ADD COLUMN best_json LONGTEXT;
