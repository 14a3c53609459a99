-- The record chain: every record that is not an evaluation run but that an auditor's answer depends
-- on (a run's rankings, a schedule once solved, rule-set versions, impact reports, their
-- acknowledgements, activations, public lists and comments, council sessions, award decisions and
-- their signatures, register entries and revocations) gets one seal, written in the transaction that
-- wrote the record and never changed. A record is named by its kind and key (vn.thidua.audit.RecordKind
-- lists each kind's tables and rows). parts holds, per table of the record in the kind's order,
-- "table=rows:sha256" separated by ';', so verification can say which table changed; content_sha256
-- covers the kind, the key and the parts; record_hash chains the previous record's hash.
CREATE TABLE audit_record_seal (
    chain_seq       BIGINT         NOT NULL PRIMARY KEY,
    kind            VARCHAR(40)    NOT NULL,
    record_key      VARCHAR(100)   NOT NULL,
    prev_hash       CHAR(64)       NOT NULL,
    parts           VARCHAR(1000)  NOT NULL,
    content_sha256  CHAR(64)       NOT NULL,
    record_hash     CHAR(64)       NOT NULL,
    sealed_at       DATETIME(3)    NOT NULL
);
CREATE UNIQUE INDEX ux_record_seal_kind_key ON audit_record_seal (kind, record_key);

-- The end of the record chain, a table of its own: sealing a record locks this row, never the runs'
-- audit_chain_head, so records and evaluation runs do not queue behind each other. backfilled_at is
-- set once, when the records stored before this migration were sealed at the first start after it.
CREATE TABLE audit_record_head (
    id             INT          NOT NULL PRIMARY KEY,
    last_seq       BIGINT       NOT NULL,
    last_hash      CHAR(64)     NOT NULL,
    backfilled_at  DATETIME(3)
);

INSERT INTO audit_record_head (id, last_seq, last_hash, backfilled_at)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000', NULL);

-- Sealed records are kept for years and hashed as their stored wall-clock values: DATETIME neither
-- ends in 2038 nor moves with the server's time zone as MySQL's TIMESTAMP does (as V3 did for runs).
ALTER TABLE council_schedule MODIFY COLUMN created_at DATETIME(3) NOT NULL;
ALTER TABLE council_schedule MODIFY COLUMN updated_at DATETIME(3) NOT NULL;
ALTER TABLE public_list MODIFY COLUMN created_at DATETIME(3) NOT NULL;
ALTER TABLE public_comment MODIFY COLUMN created_at DATETIME(3) NOT NULL;
