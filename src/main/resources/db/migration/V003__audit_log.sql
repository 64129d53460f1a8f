-- Append-only, hash-chained audit log. The application never updates or deletes an entry;
-- the triggers make that hold for anyone else using the application's database account too,
-- except for the explicit purge of entries older than the retention period (audited itself).
CREATE TABLE audit_log (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    at          DATETIME(3)  NOT NULL,
    actor_id    BIGINT       NULL,
    actor_name  VARCHAR(64)  NOT NULL,
    entity      VARCHAR(64)  NOT NULL,
    entity_id   VARCHAR(64)  NOT NULL,
    action      VARCHAR(32)  NOT NULL,
    before_json MEDIUMTEXT   NULL,
    after_json  MEDIUMTEXT   NULL,
    prev_hash   CHAR(64)     NOT NULL,
    hash        CHAR(64)     NOT NULL
);
CREATE INDEX ix_audit_log_at ON audit_log (at);
CREATE INDEX ix_audit_log_entity ON audit_log (entity, entity_id);
CREATE INDEX ix_audit_log_actor ON audit_log (actor_name, at);

-- One row: the hash of the newest entry (appends lock it, so the chain stays linear) and the
-- anchor, the prev_hash the oldest kept entry must carry after a purge.
CREATE TABLE audit_chain (
    id          INT         PRIMARY KEY,
    last_hash   CHAR(64)    NOT NULL,
    anchor_hash CHAR(64)    NOT NULL
);
INSERT INTO audit_chain (id, last_hash, anchor_hash)
VALUES (1, '0000000000000000000000000000000000000000000000000000000000000000',
        '0000000000000000000000000000000000000000000000000000000000000000');

DELIMITER $$
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = '审计日志不可修改';
END$$
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log FOR EACH ROW
BEGIN
    IF @portal_log_purge IS NULL OR OLD.at >= @portal_log_purge THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = '审计日志不可删除';
    END IF;
END$$
CREATE TRIGGER login_log_no_update BEFORE UPDATE ON login_log FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = '登录日志不可修改';
END$$
CREATE TRIGGER login_log_no_delete BEFORE DELETE ON login_log FOR EACH ROW
BEGIN
    IF @portal_log_purge IS NULL OR OLD.at >= @portal_log_purge THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = '登录日志不可删除';
    END IF;
END$$
DELIMITER ;
