-- Village cadres, their positions and terms, the integrity archive, attachments and ratings.
CREATE TABLE cadre (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    township_id     BIGINT       NOT NULL,
    village_id      BIGINT       NOT NULL,
    name            VARCHAR(32)  NOT NULL,
    gender          VARCHAR(8)   NOT NULL,
    birth_date      DATE         NOT NULL,
    id_number       CHAR(18)     NOT NULL,
    mobile          VARCHAR(11)  NULL,
    party_member    BOOLEAN      NOT NULL DEFAULT FALSE,
    party_joined_on DATE         NULL,
    education       VARCHAR(16)  NULL,
    photo_id        BIGINT       NULL,
    status          VARCHAR(8)   NOT NULL DEFAULT 'SERVING',
    rating          VARCHAR(8)   NOT NULL DEFAULT 'GREEN',
    version         INT          NOT NULL DEFAULT 0,
    created_at      DATETIME(3)  NOT NULL,
    updated_at      DATETIME(3)  NOT NULL,
    CONSTRAINT uk_cadre_id_number UNIQUE (id_number),
    CONSTRAINT fk_cadre_township FOREIGN KEY (township_id) REFERENCES township (id),
    CONSTRAINT fk_cadre_village FOREIGN KEY (village_id) REFERENCES village (id),
    CONSTRAINT ck_cadre_gender CHECK (gender IN ('MALE', 'FEMALE')),
    CONSTRAINT ck_cadre_status CHECK (status IN ('SERVING', 'LEFT')),
    CONSTRAINT ck_cadre_rating CHECK (rating IN ('GREEN', 'YELLOW', 'ORANGE', 'RED'))
);
CREATE INDEX ix_cadre_village ON cadre (village_id, status, name);
CREATE INDEX ix_cadre_township ON cadre (township_id, status, name);
CREATE INDEX ix_cadre_name ON cadre (name);
CREATE INDEX ix_cadre_rating ON cadre (township_id, rating);

CREATE TABLE cadre_position (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    cadre      BIGINT      NOT NULL,
    position   VARCHAR(32) NOT NULL,
    started_on DATE        NOT NULL,
    ended_on   DATE        NULL,
    cadre_key  INT         NOT NULL,
    CONSTRAINT fk_cadre_position_cadre FOREIGN KEY (cadre) REFERENCES cadre (id)
);
CREATE INDEX ix_cadre_position_cadre ON cadre_position (cadre, started_on);
CREATE INDEX ix_cadre_position_term ON cadre_position (position, ended_on);

CREATE TABLE attachment (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    township_id  BIGINT       NOT NULL,
    village_id   BIGINT       NULL,
    owner_type   VARCHAR(32)  NOT NULL,
    owner_id     BIGINT       NOT NULL,
    file_name    VARCHAR(255) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    content      LONGBLOB     NOT NULL,
    uploaded_by  VARCHAR(64)  NOT NULL,
    uploaded_at  DATETIME(3)  NOT NULL
);
CREATE INDEX ix_attachment_owner ON attachment (owner_type, owner_id);

CREATE TABLE archive_entry (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    cadre_id        BIGINT        NOT NULL,
    township_id     BIGINT        NOT NULL,
    village_id      BIGINT        NOT NULL,
    kind            VARCHAR(32)   NOT NULL,
    entry_date      DATE          NOT NULL,
    title           VARCHAR(200)  NOT NULL,
    summary         TEXT          NULL,
    result          VARCHAR(100)  NULL,
    score           DECIMAL(5, 1) NULL,
    grade           VARCHAR(16)   NULL,
    document_number VARCHAR(64)   NULL,
    issuing_body    VARCHAR(100)  NULL,
    discipline_form VARCHAR(8)    NULL,
    measure         VARCHAR(32)   NULL,
    influence_until DATE          NULL,
    petition_status VARCHAR(16)   NULL,
    revoked         BOOLEAN       NOT NULL DEFAULT FALSE,
    revoke_reason   VARCHAR(255)  NULL,
    version         INT           NOT NULL DEFAULT 0,
    created_by      VARCHAR(64)   NOT NULL,
    created_at      DATETIME(3)   NOT NULL,
    updated_at      DATETIME(3)   NOT NULL,
    CONSTRAINT fk_archive_entry_cadre FOREIGN KEY (cadre_id) REFERENCES cadre (id),
    CONSTRAINT ck_archive_discipline_form CHECK (discipline_form IS NULL OR discipline_form IN ('FIRST', 'SECOND', 'THIRD', 'FOURTH'))
);
CREATE INDEX ix_archive_entry_cadre ON archive_entry (cadre_id, entry_date, id);
CREATE INDEX ix_archive_entry_kind ON archive_entry (township_id, kind, entry_date);
CREATE INDEX ix_archive_entry_village ON archive_entry (village_id, entry_date);

-- Every rating a cadre has had: the suggested colour with its reasons, and any override.
CREATE TABLE integrity_rating (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    cadre_id         BIGINT       NOT NULL,
    colour           VARCHAR(8)   NOT NULL,
    suggested_colour VARCHAR(8)   NOT NULL,
    reasons          TEXT         NOT NULL,
    override_reason  VARCHAR(500) NULL,
    set_by           VARCHAR(64)  NOT NULL,
    set_at           DATETIME(3)  NOT NULL,
    CONSTRAINT fk_integrity_rating_cadre FOREIGN KEY (cadre_id) REFERENCES cadre (id)
);
CREATE INDEX ix_integrity_rating_cadre ON integrity_rating (cadre_id, id);
