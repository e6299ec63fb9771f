-- Schema 2: typed society settings (charter numbers, rule packs, document language) and an
-- index to find an entity's history in the audit log.

CREATE TABLE society_setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
