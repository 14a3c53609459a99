-- The authority that confers the award, as named by rules/authorities.yaml at evaluation time.
ALTER TABLE evaluation_decision ADD COLUMN authority_json TEXT;
