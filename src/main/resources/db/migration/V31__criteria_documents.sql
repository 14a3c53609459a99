-- Issue 19: a decision's criteria are stored as one JSON document in the decision's own row
-- (criteria_json, with its SHA-256 in criteria_sha256, which the decision rows' seal hash covers)
-- instead of one evaluation_criterion row per criterion: a run wrote about ten criterion rows per
-- decision, and storing cost ten times more than deciding. Runs stored before keep their
-- evaluation_criterion rows and are read, replayed and verified as before; evaluation_run.criteria_layout
-- says which layout a run has (NULL: a row per criterion; DOCUMENT: a document per decision).
-- LONGTEXT, not MariaDB's JSON (a LONGTEXT with a json_valid check on every insert); H2 reads it as CLOB.
-- Written once for H2 (MODE=MySQL) and MySQL/MariaDB.
ALTER TABLE evaluation_run ADD COLUMN criteria_layout VARCHAR(20);
ALTER TABLE evaluation_decision ADD COLUMN criteria_json LONGTEXT;
ALTER TABLE evaluation_decision ADD COLUMN criteria_sha256 CHAR(64);
