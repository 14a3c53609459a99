-- What a run read from the register of conferred awards to complete its request's history
-- (docs/request-and-result.md §6.6), as JSON, so that a replay completes the request the same way.
-- Null when the register held nothing for the request's subjects, and for runs stored before it; the
-- seal covers the column only when it holds a value, so those runs verify as they did.
ALTER TABLE evaluation_run ADD COLUMN register_json LONGTEXT;
