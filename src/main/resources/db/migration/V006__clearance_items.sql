-- Clearance lists (问题清单、责任清单、任务清单): items, their offices and responsible people,
-- the progress timeline, and the runs of the daily overdue job.
CREATE TABLE clearance_item (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    township_id         BIGINT        NOT NULL,
    village_id          BIGINT        NULL,
    kind                VARCHAR(16)   NOT NULL,
    source              VARCHAR(16)   NOT NULL,
    batch               VARCHAR(100)  NOT NULL,
    code                VARCHAR(64)   NOT NULL,
    parent_id           BIGINT        NULL,
    category            VARCHAR(64)   NULL,
    title               VARCHAR(200)  NOT NULL,
    description         TEXT          NULL,
    measures            TEXT          NULL,
    deadline            DATE          NOT NULL,
    priority            VARCHAR(8)    NOT NULL DEFAULT 'NORMAL',
    status              VARCHAR(16)   NOT NULL DEFAULT 'PENDING',
    overdue_since       DATE          NULL,
    extension_deadline  DATE          NULL,
    extension_reason    VARCHAR(500)  NULL,
    extension_by        VARCHAR(64)   NULL,
    closed_at           DATETIME(3)   NULL,
    closed_by           VARCHAR(64)   NULL,
    close_opinion       VARCHAR(1000) NULL,
    version             INT           NOT NULL DEFAULT 0,
    created_by          VARCHAR(64)   NOT NULL,
    created_at          DATETIME(3)   NOT NULL,
    updated_at          DATETIME(3)   NOT NULL,
    CONSTRAINT fk_clearance_item_township FOREIGN KEY (township_id) REFERENCES township (id),
    CONSTRAINT fk_clearance_item_village FOREIGN KEY (village_id) REFERENCES village (id),
    CONSTRAINT fk_clearance_item_parent FOREIGN KEY (parent_id) REFERENCES clearance_item (id),
    CONSTRAINT uk_clearance_item_code UNIQUE (township_id, batch, code),
    CONSTRAINT ck_clearance_item_kind CHECK (kind IN ('PROBLEM', 'RESPONSIBILITY', 'TASK')),
    CONSTRAINT ck_clearance_item_source CHECK (source IN ('INSPECTION', 'PETITION', 'AUDIT', 'SUPERVISION', 'ASSIGNED', 'PLAN')),
    CONSTRAINT ck_clearance_item_priority CHECK (priority IN ('HIGH', 'NORMAL', 'LOW')),
    CONSTRAINT ck_clearance_item_status CHECK (status IN ('PENDING', 'IN_PROGRESS', 'AWAITING_CHECK', 'CLOSED'))
);
CREATE INDEX ix_clearance_item_deadline ON clearance_item (township_id, deadline, id);
CREATE INDEX ix_clearance_item_status ON clearance_item (township_id, status, deadline);
CREATE INDEX ix_clearance_item_batch ON clearance_item (township_id, batch, status, deadline);
CREATE INDEX ix_clearance_item_village ON clearance_item (village_id, status, deadline);
CREATE INDEX ix_clearance_item_parent ON clearance_item (parent_id);
CREATE INDEX ix_clearance_item_overdue ON clearance_item (overdue_since, status, deadline);
-- district-wide pages (the scope is a list of townships): walk the deadline order, the township checked in the index
CREATE INDEX ix_clearance_item_status_deadline ON clearance_item (status, deadline, township_id);
CREATE INDEX ix_clearance_item_deadline_only ON clearance_item (deadline, township_id);

-- Offices leading (LEAD) or sharing (SHARE) an item.
CREATE TABLE clearance_item_office (
    item_id   BIGINT      NOT NULL,
    office_id BIGINT      NOT NULL,
    role      VARCHAR(8)  NOT NULL,
    PRIMARY KEY (item_id, office_id),
    CONSTRAINT fk_clearance_item_office_item FOREIGN KEY (item_id) REFERENCES clearance_item (id),
    CONSTRAINT fk_clearance_item_office_office FOREIGN KEY (office_id) REFERENCES office (id),
    CONSTRAINT ck_clearance_item_office_role CHECK (role IN ('LEAD', 'SHARE'))
);
CREATE INDEX ix_clearance_item_office_office ON clearance_item_office (office_id, role, item_id);

-- Responsible people: a cadre of the village, or just a name (township staff).
CREATE TABLE clearance_item_person (
    item_id    BIGINT      NOT NULL,
    person_key INT         NOT NULL,
    cadre_id   BIGINT      NULL,
    name       VARCHAR(32) NOT NULL,
    PRIMARY KEY (item_id, person_key),
    CONSTRAINT fk_clearance_item_person_item FOREIGN KEY (item_id) REFERENCES clearance_item (id),
    CONSTRAINT fk_clearance_item_person_cadre FOREIGN KEY (cadre_id) REFERENCES cadre (id)
);
CREATE INDEX ix_clearance_item_person_cadre ON clearance_item_person (cadre_id, item_id);
CREATE INDEX ix_clearance_item_person_name ON clearance_item_person (name, item_id);

-- The timeline of an item: reports, submissions, verdicts, extensions.
CREATE TABLE clearance_progress (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    item_id     BIGINT        NOT NULL,
    township_id BIGINT        NOT NULL,
    village_id  BIGINT        NULL,
    step        VARCHAR(24)   NOT NULL,
    note        TEXT          NULL,
    actor_id    BIGINT        NULL,
    actor_name  VARCHAR(64)   NOT NULL,
    at          DATETIME(3)   NOT NULL,
    CONSTRAINT fk_clearance_progress_item FOREIGN KEY (item_id) REFERENCES clearance_item (id)
);
CREATE INDEX ix_clearance_progress_item ON clearance_progress (item_id, id);

-- One row per daily job and day: the first instance to insert it does the work.
CREATE TABLE clearance_job_run (
    job        VARCHAR(32) NOT NULL,
    run_on     DATE        NOT NULL,
    started_at DATETIME(3) NOT NULL,
    marked     INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (job, run_on)
);
