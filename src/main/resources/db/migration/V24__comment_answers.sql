-- The secretariat's answers to public comments. An answer is never changed or deleted: a new answer
-- to the same comment supersedes it (seq one more), and every version is kept. The comment's status
-- (answered, resolved, forwarded to the council) is the newest answer's: it lives in these sealed rows,
-- not in public_comment.status, which keeps the OPEN it was received with. A comment without an answer
-- is open. Sealed in the audit record chain one row at a time (kind ANSWER).
-- Written once for H2 (MODE=MySQL) and MySQL/MariaDB.
CREATE TABLE consultation_answer (
    id           BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    comment_id   BIGINT,
    seq          INT            NOT NULL,
    body         VARCHAR(4000)  NOT NULL,
    -- ANSWERED, RESOLVED or FORWARDED (to the council)
    status       VARCHAR(20)    NOT NULL,
    answered_by  VARCHAR(80)    NOT NULL,
    answered_at  DATETIME(3)    NOT NULL,
    CONSTRAINT fk_answer_comment FOREIGN KEY (comment_id) REFERENCES public_comment (id)
);
-- Two answers racing to supersede the same version: the second one is refused.
CREATE UNIQUE INDEX ux_answer_comment_seq ON consultation_answer (comment_id, seq);
