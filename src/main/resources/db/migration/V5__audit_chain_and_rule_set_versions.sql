-- The audit chain. Each run gets one seal, written in the run's transaction and never changed: the
-- SHA-256 of its header, decision and criterion rows (as stored, in seq order), of the three
-- together, and its run hash, which chains the previous run's hash. The run rows keep no hash of
-- their own because the seal can only be computed once every row of the run is written.
CREATE TABLE evaluation_run_seal (
    run_id            BIGINT    NOT NULL PRIMARY KEY,
    chain_seq         BIGINT    NOT NULL,
    prev_hash         CHAR(64)  NOT NULL,
    header_sha256     CHAR(64)  NOT NULL,
    decisions_sha256  CHAR(64)  NOT NULL,
    criteria_sha256   CHAR(64)  NOT NULL,
    content_sha256    CHAR(64)  NOT NULL,
    run_hash          CHAR(64)  NOT NULL,
    CONSTRAINT fk_seal_run FOREIGN KEY (run_id) REFERENCES evaluation_run (id)
);

CREATE UNIQUE INDEX ux_seal_chain_seq ON evaluation_run_seal (chain_seq);

-- One row: the end of the chain. A run locks it (SELECT ... FOR UPDATE) while it is stored, so
-- appends are serialised and the chain never forks. Runs stored before this migration (id up to
-- last_unchained_run_id) have no seal.
CREATE TABLE audit_chain_head (
    id                     INT       NOT NULL PRIMARY KEY,
    last_seq               BIGINT    NOT NULL,
    last_hash              CHAR(64)  NOT NULL,
    last_unchained_run_id  BIGINT    NOT NULL
);

INSERT INTO audit_chain_head (id, last_seq, last_hash, last_unchained_run_id)
SELECT 1, 0, '0000000000000000000000000000000000000000000000000000000000000000', COALESCE(MAX(id), 0)
FROM evaluation_run;

-- Every rule set a run used, stored whole the first time, so that any run can be replayed.
CREATE TABLE rule_set_version (
    version       VARCHAR(80)    NOT NULL PRIMARY KEY,
    stored_at     DATETIME(3)    NOT NULL,
    activated_at  DATETIME(3)    NOT NULL,
    reason        VARCHAR(1000),
    activated_by  VARCHAR(200),
    file_count    INT            NOT NULL
);

-- content is the file as text when it is UTF-8 (encoding 'UTF-8'), otherwise Base64 ('BASE64').
CREATE TABLE rule_set_file (
    version   VARCHAR(80)   NOT NULL,
    path      VARCHAR(300)  NOT NULL,
    sha256    CHAR(64)      NOT NULL,
    encoding  VARCHAR(10)   NOT NULL,
    content   LONGTEXT      NOT NULL,
    PRIMARY KEY (version, path),
    CONSTRAINT fk_file_version FOREIGN KEY (version) REFERENCES rule_set_version (version)
);
