-- Evaluation runs are append-only: one row per run, its decisions and their criteria.
-- Written once for H2 (MODE=MySQL) and MySQL/MariaDB.

CREATE TABLE evaluation_run (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    created_at            TIMESTAMP(3)  NOT NULL,
    rule_set_version      VARCHAR(80)   NOT NULL,
    rule_set_activated_at TIMESTAMP(3)  NOT NULL,
    period_year           INT           NOT NULL,
    cutoff_date           DATE          NOT NULL,
    decision_date         DATE          NOT NULL,
    request_sha256        CHAR(64)      NOT NULL,
    request_json          LONGTEXT      NOT NULL,
    decision_count        INT           NOT NULL,
    warnings_json         LONGTEXT      NOT NULL
);

CREATE TABLE evaluation_decision (
    run_id              BIGINT        NOT NULL,
    seq                 INT           NOT NULL,
    subject_id          VARCHAR(200)  NOT NULL,
    subject_kind        VARCHAR(20)   NOT NULL,
    award               VARCHAR(60)   NOT NULL,
    outcome             VARCHAR(20)   NOT NULL,
    requires_judgement  BOOLEAN       NOT NULL,
    missing_json        LONGTEXT      NOT NULL,
    warnings_json       LONGTEXT      NOT NULL,
    PRIMARY KEY (run_id, seq),
    CONSTRAINT fk_decision_run FOREIGN KEY (run_id) REFERENCES evaluation_run (id)
);

CREATE INDEX ix_decision_subject ON evaluation_decision (subject_id, award);

CREATE TABLE evaluation_criterion (
    run_id          BIGINT         NOT NULL,
    decision_seq    INT            NOT NULL,
    seq             INT            NOT NULL,
    criterion_id    VARCHAR(40)    NOT NULL,
    result          VARCHAR(20)    NOT NULL,
    explanation_vi  TEXT           NOT NULL,
    explanation_en  TEXT           NOT NULL,
    citation_title  VARCHAR(500)   NOT NULL,
    citation_href   VARCHAR(1000),
    legal_review    VARCHAR(20),
    facts_json      TEXT           NOT NULL,
    rules_json      TEXT           NOT NULL,
    PRIMARY KEY (run_id, decision_seq, seq),
    CONSTRAINT fk_criterion_decision FOREIGN KEY (run_id, decision_seq) REFERENCES evaluation_decision (run_id, seq)
);
