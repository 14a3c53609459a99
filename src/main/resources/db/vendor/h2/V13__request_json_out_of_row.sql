-- H2 only. In MySQL mode H2 takes LONGTEXT for a VARCHAR kept inside the row, so every decision
-- stored checks its foreign key by reading the run's row and with it the whole request (11 MB for
-- 10,000 people, too big for H2's page cache): storing a run grew with the square of its size.
-- A CLOB keeps the request out of the row, as InnoDB does for LONGTEXT. The text is unchanged.
ALTER TABLE evaluation_run ALTER COLUMN request_json CLOB NOT NULL;
