-- Rule-set changes under control. A draft is stored whole in rule_set_version (V5) when it is
-- validated; its population impact is computed on a stored run's request (or a request file) and
-- stored as a report; a report is acknowledged once, by a named person; activation names the
-- acknowledged report, so exactly the draft whose impact was read becomes active. Rows are only
-- ever inserted, except the single row of rule_set_active, which points at the newest activation.

CREATE TABLE rule_set_impact_report (
    id              BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    draft_version   VARCHAR(80)    NOT NULL,
    base_version    VARCHAR(80)    NOT NULL,
    base_run_id     BIGINT,
    source          VARCHAR(300)   NOT NULL,
    created_at      DATETIME(3)    NOT NULL,
    created_by      VARCHAR(200)   NOT NULL,
    report_json     LONGTEXT       NOT NULL,
    report_sha256   CHAR(64)       NOT NULL,
    CONSTRAINT fk_impact_draft FOREIGN KEY (draft_version) REFERENCES rule_set_version (version),
    CONSTRAINT fk_impact_base FOREIGN KEY (base_version) REFERENCES rule_set_version (version)
);

CREATE TABLE rule_set_impact_acknowledgement (
    report_id        BIGINT         NOT NULL PRIMARY KEY,
    acknowledged_at  DATETIME(3)    NOT NULL,
    acknowledged_by  VARCHAR(200)   NOT NULL,
    note             VARCHAR(1000),
    CONSTRAINT fk_ack_report FOREIGN KEY (report_id) REFERENCES rule_set_impact_report (id)
);

-- kind: START (the rules folder at the first start of an empty database), ACTIVATE (a draft, with
-- its acknowledged impact report), ROLLBACK (back to a version that was active before).
CREATE TABLE rule_set_activation (
    id                BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind              VARCHAR(20)    NOT NULL,
    version           VARCHAR(80)    NOT NULL,
    previous_version  VARCHAR(80),
    impact_report_id  BIGINT,
    activated_at      DATETIME(3)    NOT NULL,
    activated_by      VARCHAR(200)   NOT NULL,
    reason            VARCHAR(1000)  NOT NULL,
    CONSTRAINT fk_activation_version FOREIGN KEY (version) REFERENCES rule_set_version (version),
    CONSTRAINT fk_activation_report FOREIGN KEY (impact_report_id) REFERENCES rule_set_impact_report (id)
);

-- One row, locked (SELECT ... FOR UPDATE) by every activation and rollback so they are serialised.
CREATE TABLE rule_set_active (
    id             INT     NOT NULL PRIMARY KEY,
    activation_id  BIGINT,
    CONSTRAINT fk_active_activation FOREIGN KEY (activation_id) REFERENCES rule_set_activation (id)
);

INSERT INTO rule_set_active (id, activation_id) VALUES (1, NULL);
