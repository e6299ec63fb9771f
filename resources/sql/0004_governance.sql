-- Schema 4: governance — terms (届), the people on the bodies and their seats, secretariat
-- staff, regulations (制度), attestations, and the documents they carry.
-- Codes are stored in English (council, chair, full_time…); screens and files show Chinese.

-- Documents kept in the society file itself, so one file (and one backup) holds everything.
CREATE TABLE attachment (
    id          INTEGER PRIMARY KEY,
    file_name   TEXT NOT NULL CHECK (length(trim(file_name)) > 0),
    media_type  TEXT NOT NULL,
    size        INTEGER NOT NULL CHECK (size >= 0),
    sha256      TEXT NOT NULL CHECK (length(sha256) = 64),
    content     BLOB NOT NULL,
    added_at    TEXT NOT NULL,
    CHECK (length(content) = size)
);

-- 届. A draft term is the next one being prepared (换届筹备): its seats are candidates until
-- the election makes it current and the previous one past.
CREATE TABLE term (
    id              INTEGER PRIMARY KEY,
    number          INTEGER NOT NULL UNIQUE CHECK (number > 0),
    start_date      TEXT NOT NULL,
    end_date        TEXT,                       -- planned end
    elected_by      TEXT,                       -- the electing congress meeting (its number or name)
    status          TEXT NOT NULL DEFAULT 'current' CHECK (status IN ('draft', 'current', 'past')),
    ballots_cast    INTEGER CHECK (ballots_cast >= 0),
    CHECK (end_date IS NULL OR end_date >= start_date)
);

-- Someone who holds (or stands for) a seat: a member of the register when one matches by
-- member number or ID number, otherwise a person of their own.
CREATE TABLE person (
    id          INTEGER PRIMARY KEY,
    member_id   INTEGER UNIQUE REFERENCES member(id) ON DELETE SET NULL,
    name        TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 50),
    id_number   TEXT,                           -- stored in full; shown masked
    gender      TEXT CHECK (gender IN ('M', 'F')),
    birth_date  TEXT
);
CREATE UNIQUE INDEX person_id_number ON person (id_number) WHERE id_number IS NOT NULL;
CREATE INDEX person_name ON person (name, birth_date);

-- A seat on a body in a term. The person's facts are kept as they were when seated: an
-- affiliation or a front-line post can change later, the seat keeps what was true then.
CREATE TABLE seat (
    id                  INTEGER PRIMARY KEY,
    term_id             INTEGER NOT NULL REFERENCES term(id) ON DELETE CASCADE,
    body                TEXT NOT NULL CHECK (body IN ('congress', 'council', 'standing_council', 'supervisory_board')),
    role                TEXT NOT NULL CHECK (role IN ('chair', 'vice_chair', 'secretary_general', 'standing_councillor',
                            'councillor', 'chief_supervisor', 'supervisor', 'representative')),
    person_id           INTEGER NOT NULL REFERENCES person(id),
    birth_date          TEXT,
    gender              TEXT CHECK (gender IN ('M', 'F')),
    front_line          INTEGER CHECK (front_line IN (0, 1)),       -- NULL = unknown, never "no"
    political_status    TEXT,
    party_member        INTEGER CHECK (party_member IN (0, 1)),     -- NULL = unknown
    affiliation         TEXT,
    affiliation_type    TEXT,
    full_time           INTEGER CHECK (full_time IN (0, 1)),
    retired_official    INTEGER CHECK (retired_official IN (0, 1)),
    start_date          TEXT,
    end_date            TEXT,
    votes               INTEGER CHECK (votes >= 0),                 -- a draft term's count
    elected             INTEGER CHECK (elected IN (0, 1)),
    CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date),
    UNIQUE (term_id, body, person_id)
);
CREATE INDEX seat_person ON seat (person_id);
CREATE INDEX seat_term_body ON seat (term_id, body, role);

-- 秘书处工作人员.
CREATE TABLE staff (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 50),
    role        TEXT NOT NULL,                  -- 秘书长, 副秘书长, 主任, 干事 …
    employment  TEXT NOT NULL CHECK (employment IN ('full_time', 'part_time', 'contracted')),
    start_date  TEXT,
    end_date    TEXT,
    birth_date  TEXT,
    CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
);

-- 制度.
CREATE TABLE regulation (
    id              INTEGER PRIMARY KEY,
    title           TEXT NOT NULL CHECK (length(trim(title)) > 0),
    kind            TEXT NOT NULL CHECK (kind IN ('meeting_rules', 'member_rules', 'branch_rules',
                        'part_time_conduct', 'hr_rules', 'finance_rules', 'archive_rules', 'supervision_rules',
                        'disclosure_rules', 'major_decisions', 'service_conduct', 'staff_conduct',
                        'supervisory_rules', 'dispute_resolution', 'member_feedback', 'charter', 'other')),
    body            TEXT,                       -- for meeting rules: council, standing_council, chair_office, secretary_general_office …
    adopted_on      TEXT,
    meeting         TEXT,                       -- the adopting meeting (linked to a resolution later)
    attachment_id   INTEGER REFERENCES attachment(id),
    superseded_by   INTEGER REFERENCES regulation(id)
);
CREATE INDEX regulation_kind ON regulation (kind, adopted_on);

-- What only a document can show: a party organisation at council level (type A/B/C), office
-- premises, the yearly appraisal of the secretary-general, an approved exception.
CREATE TABLE attestation (
    id              INTEGER PRIMARY KEY,
    kind            TEXT NOT NULL CHECK (kind IN ('party_organisation', 'premises', 'secretary_general_appraisal',
                        'leader_age_exception', 'other')),
    on_date         TEXT NOT NULL,
    attested_by     TEXT NOT NULL CHECK (length(trim(attested_by)) > 0),
    detail          TEXT,                       -- e.g. the party organisation's type: A, B or C
    attachment_id   INTEGER REFERENCES attachment(id)
);
CREATE INDEX attestation_kind ON attestation (kind, on_date);
