-- The monthly bulletin (月度通报): drafts with their narrative paragraphs, and issued bulletins frozen
-- with their document number, PDF bytes and data snapshot.
CREATE TABLE bulletin (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    township_id       BIGINT        NOT NULL,
    year              INT           NOT NULL,
    month             INT           NOT NULL,
    status            VARCHAR(8)    NOT NULL DEFAULT 'DRAFT',
    title             VARCHAR(200)  NOT NULL,
    intro             TEXT          NOT NULL,
    clearance_comment TEXT          NOT NULL,
    letter_comment    TEXT          NOT NULL,
    archive_comment   TEXT          NOT NULL,
    focus             TEXT          NOT NULL,
    corrects_id       BIGINT        NULL,
    issue_year        INT           NULL,
    seq               INT           NULL,
    total_seq         INT           NULL,
    document_number   VARCHAR(64)   NULL,
    issued_on         DATE          NULL,
    issued_by         VARCHAR(64)   NULL,
    issued_at         DATETIME(3)   NULL,
    pdf               LONGBLOB      NULL,
    snapshot          LONGTEXT      NULL,
    version           INT           NOT NULL DEFAULT 0,
    created_by        VARCHAR(64)   NOT NULL,
    created_at        DATETIME(3)   NOT NULL,
    updated_at        DATETIME(3)   NOT NULL,
    CONSTRAINT fk_bulletin_township FOREIGN KEY (township_id) REFERENCES township (id),
    CONSTRAINT fk_bulletin_corrects FOREIGN KEY (corrects_id) REFERENCES bulletin (id),
    -- a document number is never given twice
    CONSTRAINT uk_bulletin_seq UNIQUE (township_id, issue_year, seq),
    CONSTRAINT uk_bulletin_total UNIQUE (township_id, total_seq),
    CONSTRAINT ck_bulletin_status CHECK (status IN ('DRAFT', 'ISSUED')),
    CONSTRAINT ck_bulletin_month CHECK (month BETWEEN 1 AND 12),
    CONSTRAINT ck_bulletin_issued CHECK (status = 'DRAFT' OR (seq IS NOT NULL AND pdf IS NOT NULL AND snapshot IS NOT NULL))
);
CREATE INDEX ix_bulletin_list ON bulletin (township_id, year, month, id);

-- The document-number counter of a township and year: issuing locks this row (SELECT … FOR UPDATE),
-- so two concurrent issues get two numbers; a number once taken is never handed out again. The row of
-- year 0 counts all bulletins of the township (总第N期).
CREATE TABLE bulletin_number (
    township_id BIGINT NOT NULL,
    year        INT    NOT NULL,
    last_seq    INT    NOT NULL DEFAULT 0,
    PRIMARY KEY (township_id, year),
    CONSTRAINT fk_bulletin_number_township FOREIGN KEY (township_id) REFERENCES township (id)
);

-- One row per township and month for the scheduled draft: the first instance to insert it drafts.
CREATE TABLE bulletin_job_run (
    township_id BIGINT      NOT NULL,
    year        INT         NOT NULL,
    month       INT         NOT NULL,
    started_at  DATETIME(3) NOT NULL,
    bulletin_id BIGINT      NULL,
    PRIMARY KEY (township_id, year, month)
);
