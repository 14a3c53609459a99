-- The audit chain without a global queue (issue 19). A run no longer locks audit_chain_head while it
-- is stored: its transaction writes its seal row with the content hashes of its rows (header,
-- decisions, criteria, content) and no place in the chain yet; the sealer (vn.thidua.audit.RunSealer)
-- then, in its own short transaction under the head's lock, gives it its chain seq, the previous
-- run's hash and its run hash, and moves the head. So the link columns are empty while a run waits
-- for its seal. ux_seal_chain_seq stays unique (both databases allow many NULLs in a unique index),
-- and run_id stays the primary key: a run is linked once, and the chain never forks.
-- Written once for H2 (MODE=MySQL) and MariaDB: MODIFY COLUMN is understood by both.
ALTER TABLE evaluation_run_seal MODIFY COLUMN chain_seq BIGINT NULL;
ALTER TABLE evaluation_run_seal MODIFY COLUMN prev_hash CHAR(64) NULL;
ALTER TABLE evaluation_run_seal MODIFY COLUMN run_hash CHAR(64) NULL;
