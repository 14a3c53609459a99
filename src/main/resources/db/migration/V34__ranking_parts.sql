-- Issue 19: a ranking too large for one value. A commune's ranking in a province's run has tens of
-- thousands of entries (about 20 MB of JSON for 28,000 people): held as one value it had to be built
-- whole in memory (and H2 copies it again into one string), and MariaDB refuses a value over its
-- max_allowed_packet (16 MiB by default). A ranking whose JSON is over 128 KiB (thidua.audit.ranking-
-- part-bytes) is now kept in parts of at most that many bytes of UTF-8, each whole characters, in
-- order (evaluation_ranking_part), and its
-- evaluation_ranking.ranking_json is NULL; the parts one after the other are its JSON. A smaller
-- ranking is stored as before. The parts are sealed with the run's rankings (record kind RANKING).
-- Written once for H2 (MODE=MySQL) and MariaDB: MODIFY COLUMN is understood by both.
ALTER TABLE evaluation_ranking MODIFY COLUMN ranking_json LONGTEXT NULL;
CREATE TABLE evaluation_ranking_part (
    run_id   BIGINT   NOT NULL,
    seq      INT      NOT NULL,
    part     INT      NOT NULL,
    content  LONGTEXT NOT NULL,
    PRIMARY KEY (run_id, seq, part),
    CONSTRAINT fk_ranking_part_ranking FOREIGN KEY (run_id, seq) REFERENCES evaluation_ranking (run_id, seq)
);
