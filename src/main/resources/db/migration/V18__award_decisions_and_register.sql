-- The chair's decisions (Quyết định) and the register of conferred awards.
-- A draft decision is drawn from the council's approved ballots, one per deciding authority; it is
-- never changed: when the signed decision comes back, its number, date and signer are recorded in
-- award_decision_signature, and each entry becomes a register entry (the award is conferred).
-- A revocation is a row of its own; no register row is ever updated or deleted.
-- Written once for H2 (MODE=MySQL) and MySQL/MariaDB. Sealed in the audit record chain
-- (kinds AWARD_DECISION, AWARD_DECISION_SIGNATURE, REGISTER_ENTRY, REGISTER_REVOCATION).

CREATE TABLE award_decision (
    id                  BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    run_id              BIGINT         NOT NULL,
    authority_vi        VARCHAR(500)   NOT NULL,
    authority_en        VARCHAR(500)   NOT NULL,
    authority_citation  VARCHAR(1000)  NOT NULL,
    authority_review    VARCHAR(20),
    drafted_on          DATE           NOT NULL,
    base_salary         BIGINT         NOT NULL,
    base_salary_ref     VARCHAR(1000)  NOT NULL,
    total_bonus         BIGINT         NOT NULL,
    drafted_by          VARCHAR(200)   NOT NULL,
    drafted_at          DATETIME(3)    NOT NULL,
    CONSTRAINT fk_award_decision_run FOREIGN KEY (run_id) REFERENCES evaluation_run (id)
);
CREATE INDEX ix_award_decision_run ON award_decision (run_id);

-- subject_group: COLLECTIVE (I. TẬP THỂ), INDIVIDUAL (II. CÁ NHÂN), HOUSEHOLD (III. HỘ GIA ĐÌNH).
CREATE TABLE award_decision_entry (
    decision_id       BIGINT         NOT NULL,
    seq               INT            NOT NULL,
    subject_group     VARCHAR(20)    NOT NULL,
    subject_id        VARCHAR(200)   NOT NULL,
    subject_name      VARCHAR(300)   NOT NULL,
    unit_code         VARCHAR(200),
    unit_name         VARCHAR(300),
    award             VARCHAR(60)    NOT NULL,
    award_year        INT            NOT NULL,
    session_id        BIGINT         NOT NULL,
    ballot_seq        INT            NOT NULL,
    bonus_coefficient DECIMAL(7,3)   NOT NULL,
    bonus_amount      BIGINT         NOT NULL,
    bonus_ref         VARCHAR(1000)  NOT NULL,
    PRIMARY KEY (decision_id, seq),
    CONSTRAINT fk_decision_entry_decision FOREIGN KEY (decision_id) REFERENCES award_decision (id),
    CONSTRAINT fk_decision_entry_ballot FOREIGN KEY (session_id, ballot_seq) REFERENCES council_ballot (session_id, seq)
);
CREATE UNIQUE INDEX ux_decision_entry_dossier ON award_decision_entry (decision_id, subject_id, award);

CREATE TABLE award_decision_signature (
    decision_id      BIGINT         NOT NULL PRIMARY KEY,
    decision_number  VARCHAR(100)   NOT NULL,
    signed_on        DATE           NOT NULL,
    signer           VARCHAR(300)   NOT NULL,
    recorded_by      VARCHAR(200)   NOT NULL,
    recorded_at      DATETIME(3)    NOT NULL,
    CONSTRAINT fk_signature_decision FOREIGN KEY (decision_id) REFERENCES award_decision (id)
);

-- One row per conferred title or commendation of a subject. subject_kind: INDIVIDUAL, COLLECTIVE,
-- HOUSEHOLD; award_year: the year of the achievement (the run's year); source: DECISION (conferred
-- through a recorded decision of this application: decision_id, entry_seq set) or IMPORTED (an award
-- conferred before the application was used, entered from its decision: decision_id null).
CREATE TABLE register_entry (
    id                BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    subject_id        VARCHAR(200)   NOT NULL,
    subject_kind      VARCHAR(20)    NOT NULL,
    subject_name      VARCHAR(300)   NOT NULL,
    unit_code         VARCHAR(200),
    award             VARCHAR(60)    NOT NULL,
    award_year        INT            NOT NULL,
    decision_number   VARCHAR(100)   NOT NULL,
    decision_date     DATE           NOT NULL,
    authority         VARCHAR(500)   NOT NULL,
    source            VARCHAR(20)    NOT NULL,
    decision_id       BIGINT,
    entry_seq         INT,
    recorded_by       VARCHAR(200)   NOT NULL,
    recorded_at       DATETIME(3)    NOT NULL,
    CONSTRAINT fk_register_decision_entry FOREIGN KEY (decision_id, entry_seq) REFERENCES award_decision_entry (decision_id, seq)
);
CREATE UNIQUE INDEX ux_register_award ON register_entry (subject_id, award, award_year, decision_number);
CREATE INDEX ix_register_subject ON register_entry (subject_id);

CREATE TABLE register_revocation (
    id                BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    entry_id          BIGINT         NOT NULL,
    reason            VARCHAR(2000)  NOT NULL,
    decision_number   VARCHAR(100)   NOT NULL,
    decision_date     DATE           NOT NULL,
    authority         VARCHAR(500)   NOT NULL,
    recorded_by       VARCHAR(200)   NOT NULL,
    recorded_at       DATETIME(3)    NOT NULL,
    CONSTRAINT fk_revocation_entry FOREIGN KEY (entry_id) REFERENCES register_entry (id)
);
CREATE UNIQUE INDEX ux_revocation_entry ON register_revocation (entry_id);
