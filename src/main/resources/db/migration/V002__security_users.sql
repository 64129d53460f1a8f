-- Users, their roles and data scope, and the login log.
CREATE TABLE app_user (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    username             VARCHAR(64)  NOT NULL,
    display_name         VARCHAR(64)  NOT NULL,
    password_hash        VARCHAR(255) NOT NULL,
    scope_kind           VARCHAR(16)  NULL,
    district_id          BIGINT       NULL,
    township_id          BIGINT       NULL,
    office_id            BIGINT       NULL,
    village_id           BIGINT       NULL,
    enabled              BOOLEAN      NOT NULL DEFAULT TRUE,
    must_change_password BOOLEAN      NOT NULL DEFAULT TRUE,
    password_changed_at  DATETIME(3)  NOT NULL,
    failed_attempts      INT          NOT NULL DEFAULT 0,
    locked_until         DATETIME(3)  NULL,
    last_login_at        DATETIME(3)  NULL,
    demo                 BOOLEAN      NOT NULL DEFAULT FALSE,
    version              INT          NOT NULL DEFAULT 0,
    created_at           DATETIME(3)  NOT NULL,
    updated_at           DATETIME(3)  NOT NULL,
    CONSTRAINT uk_app_user_username UNIQUE (username),
    CONSTRAINT fk_app_user_district FOREIGN KEY (district_id) REFERENCES district (id),
    CONSTRAINT fk_app_user_township FOREIGN KEY (township_id) REFERENCES township (id),
    CONSTRAINT fk_app_user_office FOREIGN KEY (office_id) REFERENCES office (id),
    CONSTRAINT fk_app_user_village FOREIGN KEY (village_id) REFERENCES village (id),
    CONSTRAINT ck_app_user_scope CHECK (scope_kind IS NULL OR scope_kind IN ('DISTRICT', 'TOWNSHIP', 'OFFICE', 'VILLAGE'))
);
CREATE INDEX ix_app_user_township ON app_user (township_id, display_name);
CREATE INDEX ix_app_user_village ON app_user (village_id);
CREATE INDEX ix_app_user_office ON app_user (office_id);
CREATE INDEX ix_app_user_display_name ON app_user (display_name);

CREATE TABLE app_user_role (
    app_user BIGINT      NOT NULL,
    role     VARCHAR(16) NOT NULL,
    PRIMARY KEY (app_user, role),
    CONSTRAINT fk_app_user_role_user FOREIGN KEY (app_user) REFERENCES app_user (id),
    CONSTRAINT ck_app_user_role CHECK (role IN ('DISCIPLINE', 'PARTY_OFFICE', 'OFFICE', 'VILLAGE', 'LEADER', 'ADMIN'))
);
CREATE INDEX ix_app_user_role_role ON app_user_role (role, app_user);

CREATE TABLE login_log (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    at         DATETIME(3)  NOT NULL,
    username   VARCHAR(64)  NOT NULL,
    user_id    BIGINT       NULL,
    success    BOOLEAN      NOT NULL,
    outcome    VARCHAR(32)  NOT NULL,
    address    VARCHAR(64)  NULL,
    user_agent VARCHAR(512) NULL
);
CREATE INDEX ix_login_log_at ON login_log (at);
CREATE INDEX ix_login_log_username ON login_log (username, at);
