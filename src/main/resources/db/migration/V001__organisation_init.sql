-- Organisation tree: district -> township -> villages/communities, and township offices.
CREATE TABLE district (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    name       VARCHAR(64) NOT NULL,
    version    INT         NOT NULL DEFAULT 0,
    CONSTRAINT uk_district_name UNIQUE (name)
);

CREATE TABLE township (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    district_id BIGINT      NOT NULL,
    name        VARCHAR(64) NOT NULL,
    version     INT         NOT NULL DEFAULT 0,
    CONSTRAINT fk_township_district FOREIGN KEY (district_id) REFERENCES district (id),
    CONSTRAINT uk_township_name UNIQUE (district_id, name)
);

CREATE TABLE village (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    township_id BIGINT       NOT NULL,
    name        VARCHAR(64)  NOT NULL,
    kind        VARCHAR(16)  NOT NULL,
    code        VARCHAR(32)  NULL,
    sort_order  INT          NOT NULL DEFAULT 0,
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    demo        BOOLEAN      NOT NULL DEFAULT FALSE,
    version     INT          NOT NULL DEFAULT 0,
    created_at  DATETIME(3)  NOT NULL,
    updated_at  DATETIME(3)  NOT NULL,
    CONSTRAINT fk_village_township FOREIGN KEY (township_id) REFERENCES township (id),
    CONSTRAINT uk_village_name UNIQUE (township_id, name),
    CONSTRAINT ck_village_kind CHECK (kind IN ('VILLAGE', 'COMMUNITY'))
);

CREATE TABLE office (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    township_id BIGINT       NOT NULL,
    name        VARCHAR(64)  NOT NULL,
    duty        VARCHAR(255) NULL,
    sort_order  INT          NOT NULL DEFAULT 0,
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    version     INT          NOT NULL DEFAULT 0,
    created_at  DATETIME(3)  NOT NULL,
    updated_at  DATETIME(3)  NOT NULL,
    CONSTRAINT fk_office_township FOREIGN KEY (township_id) REFERENCES township (id),
    CONSTRAINT uk_office_name UNIQUE (township_id, name)
);
