-- Schema 1: the society's identity and the audit log.
-- Runs inside one transaction; Database sets application_id and user_version.

CREATE TABLE society_profile (
    id                      INTEGER PRIMARY KEY CHECK (id = 1),
    name                    TEXT NOT NULL CHECK (length(trim(name)) > 0),
    name_en                 TEXT NOT NULL DEFAULT '',
    credit_code             TEXT NOT NULL DEFAULT '',
    registration_authority  TEXT NOT NULL DEFAULT '',
    supervisor              TEXT NOT NULL DEFAULT '',
    address                 TEXT NOT NULL DEFAULT '',
    founded                 TEXT CHECK (founded IS NULL OR founded GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')
);

-- Append-only: who did what to which record, with before/after as JSON (personal fields masked).
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,              -- UTC, ISO 8601 with milliseconds
    actor       TEXT NOT NULL,
    entity      TEXT NOT NULL,
    entity_id   INTEGER,
    action      TEXT NOT NULL,
    before_json TEXT,
    after_json  TEXT
);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
