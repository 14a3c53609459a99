-- Who signed in, who failed, which address was locked out, and every change of an account: kept
-- for auditors (ASVS V7, V8). username is what was typed at the login form, so it may name no account.
CREATE TABLE account_event (
    id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    at         TIMESTAMP(3)  NOT NULL,
    kind       VARCHAR(40)   NOT NULL,
    username   VARCHAR(80),
    address    VARCHAR(64),
    by_user    VARCHAR(80),
    detail     VARCHAR(1000)
);

CREATE INDEX ix_account_event_at ON account_event (at);
CREATE INDEX ix_account_event_user ON account_event (username, at);
