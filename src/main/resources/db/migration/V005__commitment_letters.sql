-- Commitment letters (廉洁承诺书): yearly templates per position group, their saved revisions, the letters
-- generated from them (each keeps the exact text it was generated with) and the steps each letter went through.

-- An archive entry written by another feature's step (a signed letter, a fulfilment review) names the record
-- that made it, as the portal route of that record; such entries are changed only there.
ALTER TABLE archive_entry ADD COLUMN origin VARCHAR(64) NULL;

CREATE TABLE letter_template (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    township_id    BIGINT       NOT NULL,
    year           INT          NOT NULL,
    position_group VARCHAR(16)  NOT NULL,
    title          VARCHAR(100) NOT NULL,
    salutation     VARCHAR(100) NOT NULL,
    preamble       TEXT         NOT NULL,
    pledges        TEXT         NOT NULL,
    closing        TEXT         NOT NULL,
    revision       INT          NOT NULL,
    version        INT          NOT NULL DEFAULT 0,
    updated_by     VARCHAR(64)  NOT NULL,
    updated_at     DATETIME(3)  NOT NULL,
    CONSTRAINT uk_letter_template UNIQUE (township_id, year, position_group),
    CONSTRAINT fk_letter_template_township FOREIGN KEY (township_id) REFERENCES township (id),
    CONSTRAINT ck_letter_template_group CHECK (position_group IN ('LEADERS', 'COMMITTEE', 'SUPERVISION'))
);

-- Every saved text of a template, so the text a letter was generated from can always be shown.
CREATE TABLE letter_template_revision (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    template_id BIGINT       NOT NULL,
    revision    INT          NOT NULL,
    title       VARCHAR(100) NOT NULL,
    salutation  VARCHAR(100) NOT NULL,
    preamble    TEXT         NOT NULL,
    pledges     TEXT         NOT NULL,
    closing     TEXT         NOT NULL,
    saved_by    VARCHAR(64)  NOT NULL,
    saved_at    DATETIME(3)  NOT NULL,
    CONSTRAINT uk_letter_template_revision UNIQUE (template_id, revision),
    CONSTRAINT fk_letter_template_revision FOREIGN KEY (template_id) REFERENCES letter_template (id)
);

CREATE TABLE commitment_letter (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    township_id       BIGINT       NOT NULL,
    village_id        BIGINT       NOT NULL,
    cadre_id          BIGINT       NOT NULL,
    year              INT          NOT NULL,
    position          VARCHAR(32)  NOT NULL,
    position_title    VARCHAR(100) NOT NULL,
    position_group    VARCHAR(16)  NOT NULL,
    template_id       BIGINT       NOT NULL,
    template_revision INT          NOT NULL,
    title             VARCHAR(200) NOT NULL,
    salutation        VARCHAR(200) NOT NULL,
    preamble          TEXT         NOT NULL,
    pledges           TEXT         NOT NULL,
    closing           TEXT         NOT NULL,
    letter_date       DATE         NOT NULL,
    deadline          DATE         NOT NULL,
    status            VARCHAR(16)  NOT NULL DEFAULT 'PENDING',
    signed_on         DATE         NULL,
    signed_entry_id   BIGINT       NULL,
    published_on      DATE         NULL,
    published_where   VARCHAR(100) NULL,
    self_report       TEXT         NULL,
    evaluation        VARCHAR(24)  NULL,
    evaluator         VARCHAR(32)  NULL,
    reviewed_on       DATE         NULL,
    review_entry_id   BIGINT       NULL,
    version           INT          NOT NULL DEFAULT 0,
    created_by        VARCHAR(64)  NOT NULL,
    created_at        DATETIME(3)  NOT NULL,
    updated_at        DATETIME(3)  NOT NULL,
    CONSTRAINT uk_commitment_letter UNIQUE (cadre_id, year),
    CONSTRAINT fk_commitment_letter_cadre FOREIGN KEY (cadre_id) REFERENCES cadre (id),
    CONSTRAINT fk_commitment_letter_village FOREIGN KEY (village_id) REFERENCES village (id),
    CONSTRAINT fk_commitment_letter_template FOREIGN KEY (template_id) REFERENCES letter_template (id),
    CONSTRAINT ck_commitment_letter_status CHECK (status IN ('PENDING', 'SIGNED', 'PUBLISHED', 'REVIEWED')),
    CONSTRAINT ck_commitment_letter_evaluation CHECK (evaluation IS NULL OR evaluation IN
        ('EXCELLENT', 'QUALIFIED', 'BASICALLY_QUALIFIED', 'UNQUALIFIED'))
);
CREATE INDEX ix_letter_township_year ON commitment_letter (township_id, year, village_id, status);
CREATE INDEX ix_letter_village_year ON commitment_letter (village_id, year, status, deadline);

-- The steps a letter went through (and reverted), for its history; the audit log holds the full records.
CREATE TABLE letter_step (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    letter_id BIGINT       NOT NULL,
    action    VARCHAR(16)  NOT NULL,
    status    VARCHAR(16)  NOT NULL,
    note      VARCHAR(500) NULL,
    done_by   VARCHAR(64)  NOT NULL,
    done_at   DATETIME(3)  NOT NULL,
    CONSTRAINT fk_letter_step_letter FOREIGN KEY (letter_id) REFERENCES commitment_letter (id)
);
CREATE INDEX ix_letter_step_letter ON letter_step (letter_id, id);
