-- Issue 19: a run's citations are stored once each, here, instead of once per criterion inside every
-- decision's criteria document (about 330 bytes a criterion, a tenth of the run's bytes): a document of a
-- run with criteria_layout 'DOCUMENT_CITED' refers to its citations by seq, numbered in the order the
-- run's decisions first cite them; decision_seq is the first decision citing it. The seal's criteria hash
-- covers each citation's row, before the document of that decision, and citation_sha256 (the hash of the
-- row as written) lets `audit verify` name a changed citation. Runs stored before keep their layout
-- (NULL: a row per criterion; 'DOCUMENT': citations inside the documents) and read, replay and verify
-- as before. Written once for H2 (MODE=MySQL) and MySQL/MariaDB.
CREATE TABLE evaluation_citation (
    run_id              BIGINT         NOT NULL,
    seq                 INT            NOT NULL,
    decision_seq        INT            NOT NULL,
    citation_title      VARCHAR(500)   NOT NULL,
    citation_href       VARCHAR(1000),
    legal_review        VARCHAR(20),
    citation_instrument VARCHAR(1000),
    citation_sha256     CHAR(64)       NOT NULL,
    PRIMARY KEY (run_id, seq),
    CONSTRAINT fk_citation_run FOREIGN KEY (run_id) REFERENCES evaluation_run (id)
);
