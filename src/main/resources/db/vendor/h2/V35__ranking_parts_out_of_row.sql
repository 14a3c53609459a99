-- H2 only. In MySQL mode H2 takes LONGTEXT for a VARCHAR kept inside the row (see V13): a ranking's
-- parts (V34, tens or hundreds of them for a province's run) were then read back into memory,
-- page by page, when the run's transaction committed, and a run of 28,000 people ran out of a 256 MiB
-- heap there. A CLOB keeps each part out of the row, as InnoDB does for LONGTEXT. The text is unchanged.
ALTER TABLE evaluation_ranking_part ALTER COLUMN content CLOB NOT NULL;
