-- The supervising association's database (.sdsupervisor): the submission packages it imported
-- from its societies, what they reported, and the public keys it pinned. Its own application_id
-- and migrations (storage::FileKind::Supervisor); never a society file.

CREATE TABLE society (
    id          INTEGER PRIMARY KEY,
    credit_code TEXT NOT NULL UNIQUE,  -- External-Identifier
    name        TEXT NOT NULL          -- Source-Organization of the newest import
);

CREATE TABLE submission (
    id            INTEGER PRIMARY KEY,
    society_id    INTEGER NOT NULL REFERENCES society(id),
    year          INTEGER NOT NULL,             -- Report-Year
    packs         TEXT NOT NULL,                -- Rule-Packs, ids joined by ", "
    bagging_date  TEXT NOT NULL,                -- yyyy-MM-dd
    sha256        TEXT NOT NULL UNIQUE,         -- of the ZIP's bytes, hex
    file_name     TEXT NOT NULL,                -- the ZIP's name when imported
    signature     TEXT NOT NULL CHECK (signature IN ('valid', 'absent', 'unchecked')),
    imported_at   TEXT NOT NULL,                -- ISO date-time, UTC
    superseded_by INTEGER NULL REFERENCES submission(id)
);
CREATE INDEX submission_society_year ON submission(society_id, year);

CREATE TABLE finding (
    id            INTEGER PRIMARY KEY,
    submission_id INTEGER NOT NULL REFERENCES submission(id) ON DELETE CASCADE,
    check_id      TEXT NOT NULL,   -- "CAST17-01.minutes"
    requirement   TEXT NOT NULL,   -- "CAST17-01"
    status        TEXT NOT NULL CHECK (status IN ('pass', 'fail', 'warning', 'pending', 'not-applicable', 'missing-data')),
    measured      TEXT NOT NULL DEFAULT '',
    UNIQUE (submission_id, check_id)
);

CREATE TABLE figure (
    submission_id INTEGER NOT NULL REFERENCES submission(id) ON DELETE CASCADE,
    key           TEXT NOT NULL,   -- a bag-info key-figure label: "Individual-Members"
    value         INTEGER NOT NULL,
    PRIMARY KEY (submission_id, key)
);

CREATE TABLE missing_part (
    submission_id INTEGER NOT NULL REFERENCES submission(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    part          TEXT NOT NULL,   -- "<data path>: <reason>" as bag-info.txt says it
    PRIMARY KEY (submission_id, position)
);

CREATE TABLE pinned_key (
    credit_code TEXT PRIMARY KEY,  -- pinned before or after the society's first import
    public_key  BLOB NOT NULL,     -- 32 bytes, Ed25519
    fingerprint TEXT NOT NULL,
    pinned_at   TEXT NOT NULL
);
