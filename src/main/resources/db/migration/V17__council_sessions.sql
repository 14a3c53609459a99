-- The council's sessions on a stored run: who sat, and the secret-ballot counts per dossier (counts
-- only, never who voted how). A session is recorded whole, once; a correction is a new session that
-- names the one it supersedes, so nothing recorded is ever changed or deleted. Each ballot carries
-- its council result (approved or not) as computed when it was recorded, with the percentage, the
-- threshold, the denominator and the citation, as JSON in the form of a decision.
-- Written once for H2 (MODE=MySQL) and MySQL/MariaDB. Sealed in the audit record chain (kind COUNCIL_SESSION).

CREATE TABLE council_session (
    id                 BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    run_id             BIGINT         NOT NULL,
    schedule_id        BIGINT,
    schedule_session   VARCHAR(100),
    supersedes_id      BIGINT,
    held_on            DATE           NOT NULL,
    starts_at          VARCHAR(5),
    place              VARCHAR(300)   NOT NULL,
    council_name       VARCHAR(300)   NOT NULL,
    council_size       INT            NOT NULL,
    chair_member_id    VARCHAR(100)   NOT NULL,
    secretary_member_id VARCHAR(100)  NOT NULL,
    note               VARCHAR(2000),
    recorded_by        VARCHAR(200)   NOT NULL,
    recorded_at        DATETIME(3)    NOT NULL,
    CONSTRAINT fk_council_session_run FOREIGN KEY (run_id) REFERENCES evaluation_run (id),
    CONSTRAINT fk_council_session_schedule FOREIGN KEY (schedule_id) REFERENCES council_schedule (id),
    CONSTRAINT fk_council_session_supersedes FOREIGN KEY (supersedes_id) REFERENCES council_session (id)
);
CREATE UNIQUE INDEX ux_council_session_supersedes ON council_session (supersedes_id);
CREATE INDEX ix_council_session_run ON council_session (run_id);

-- attendance: PRESENT, ABSENT_WRITTEN (absent, written opinion counted as a vote, forms.md §5),
-- ABSENT (absent, no written opinion).
CREATE TABLE council_session_member (
    session_id   BIGINT         NOT NULL,
    seq          INT            NOT NULL,
    member_id    VARCHAR(100)   NOT NULL,
    name         VARCHAR(200)   NOT NULL,
    position     VARCHAR(300),
    unit_code    VARCHAR(200),
    person_id    VARCHAR(200),
    attendance   VARCHAR(20)    NOT NULL,
    PRIMARY KEY (session_id, seq),
    CONSTRAINT fk_council_member_session FOREIGN KEY (session_id) REFERENCES council_session (id)
);
CREATE UNIQUE INDEX ux_council_member ON council_session_member (session_id, member_id);

-- One ballot per dossier (an award for a subject of the run). outcome: APPROVED or NOT_APPROVED.
-- recused: the member ids who recused, comma-separated in seq order; they do not vote.
CREATE TABLE council_ballot (
    session_id      BIGINT         NOT NULL,
    seq             INT            NOT NULL,
    subject_id      VARCHAR(200)   NOT NULL,
    subject_kind    VARCHAR(20)    NOT NULL,
    award           VARCHAR(60)    NOT NULL,
    agree           INT            NOT NULL,
    disagree        INT            NOT NULL,
    invalid         INT            NOT NULL,
    recused         VARCHAR(2000)  NOT NULL,
    denominator     INT            NOT NULL,
    percent         DECIMAL(7,3)   NOT NULL,
    threshold       DECIMAL(7,3)   NOT NULL,
    outcome         VARCHAR(20)    NOT NULL,
    result_json     LONGTEXT       NOT NULL,
    PRIMARY KEY (session_id, seq),
    CONSTRAINT fk_council_ballot_session FOREIGN KEY (session_id) REFERENCES council_session (id)
);
CREATE UNIQUE INDEX ux_council_ballot_dossier ON council_ballot (session_id, subject_id, award);
CREATE INDEX ix_council_ballot_subject ON council_ballot (subject_id, award);
