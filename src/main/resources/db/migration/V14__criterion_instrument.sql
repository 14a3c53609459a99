-- The instrument a criterion's citation names (rules/instruments.yaml): id, number, the dates it
-- applies and their evidence, as JSON. Null for runs stored before the instrument table; the seal
-- covers the column only when it holds a value, so those runs verify as they did.
ALTER TABLE evaluation_criterion ADD COLUMN citation_instrument VARCHAR(500);
