-- Runs are kept for years: DATETIME does not end in 2038 as MySQL's TIMESTAMP does, and the facts
-- of a criterion or a decision's authority may pass TEXT's 64 KB on MySQL/MariaDB.
ALTER TABLE evaluation_run MODIFY COLUMN created_at DATETIME(3) NOT NULL;
ALTER TABLE evaluation_run MODIFY COLUMN rule_set_activated_at DATETIME(3) NOT NULL;
ALTER TABLE evaluation_criterion MODIFY COLUMN facts_json MEDIUMTEXT NOT NULL;
ALTER TABLE evaluation_criterion MODIFY COLUMN rules_json MEDIUMTEXT NOT NULL;
ALTER TABLE evaluation_decision MODIFY COLUMN authority_json MEDIUMTEXT;
