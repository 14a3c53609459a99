-- Supervision opinions (ý kiến giám sát) of the Fatherland Front committee of a unit on a published
-- list, or on one candidate of it (subject_id and award; both null for the whole list), and the
-- secretariat's answers to them, in consultation_answer as for comments (one of comment_id and
-- opinion_id is set). An opinion is never changed or deleted. Sealed in the audit record chain (kind
-- SUPERVISION_OPINION; the answers are ANSWER records, opinion_id covered when set).
-- Written once for H2 (MODE=MySQL) and MySQL/MariaDB.
CREATE TABLE supervision_opinion (
    id             BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    list_id        BIGINT         NOT NULL,
    subject_id     VARCHAR(200),
    award          VARCHAR(60),
    body           VARCHAR(4000)  NOT NULL,
    filed_by       VARCHAR(80)    NOT NULL,
    -- The committee as its account names it (Ủy ban MTTQ xã ...), as the council reads it.
    filed_by_name  VARCHAR(200)   NOT NULL,
    filed_at       DATETIME(3)    NOT NULL,
    CONSTRAINT fk_opinion_list FOREIGN KEY (list_id) REFERENCES public_list (id)
);

ALTER TABLE consultation_answer ADD COLUMN opinion_id BIGINT;
ALTER TABLE consultation_answer ADD CONSTRAINT fk_answer_opinion FOREIGN KEY (opinion_id) REFERENCES supervision_opinion (id);
CREATE UNIQUE INDEX ux_answer_opinion_seq ON consultation_answer (opinion_id, seq);
