-- Users of the web application and the REST API: BCrypt password hashes, roles and the units
-- whose runs a user sees; a council member's id ties a COUNCIL user to stored schedules.
CREATE TABLE user_account (
    username          VARCHAR(80)   NOT NULL PRIMARY KEY,
    password_hash     VARCHAR(100)  NOT NULL,
    display_name      VARCHAR(200)  NOT NULL,
    enabled           BOOLEAN       NOT NULL,
    council_member_id VARCHAR(200),
    created_at        TIMESTAMP(3)  NOT NULL
);

CREATE TABLE user_role (
    username VARCHAR(80) NOT NULL,
    role     VARCHAR(20) NOT NULL,
    PRIMARY KEY (username, role),
    CONSTRAINT fk_role_user FOREIGN KEY (username) REFERENCES user_account (username)
);

CREATE TABLE user_unit (
    username  VARCHAR(80)  NOT NULL,
    unit_code VARCHAR(200) NOT NULL,
    PRIMARY KEY (username, unit_code),
    CONSTRAINT fk_unit_user FOREIGN KEY (username) REFERENCES user_account (username)
);
