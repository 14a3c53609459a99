-- Proposed candidates of a run published for public comment during a window, and the comments
-- the public sends about a candidate (an award for a subject).
CREATE TABLE public_list (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    run_id     BIGINT        NOT NULL,
    title      VARCHAR(300)  NOT NULL,
    opens_on   DATE          NOT NULL,
    closes_on  DATE          NOT NULL,
    created_by VARCHAR(80)   NOT NULL,
    created_at TIMESTAMP(3)  NOT NULL,
    CONSTRAINT fk_public_list_run FOREIGN KEY (run_id) REFERENCES evaluation_run (id)
);

CREATE TABLE public_comment (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    list_id     BIGINT        NOT NULL,
    subject_id  VARCHAR(200)  NOT NULL,
    award       VARCHAR(60)   NOT NULL,
    author_name VARCHAR(200)  NOT NULL,
    contact     VARCHAR(200),
    body        VARCHAR(4000) NOT NULL,
    status      VARCHAR(20)   NOT NULL,
    created_at  TIMESTAMP(3)  NOT NULL,
    CONSTRAINT fk_comment_list FOREIGN KEY (list_id) REFERENCES public_list (id)
);
CREATE INDEX ix_comment_subject ON public_comment (subject_id, award);
