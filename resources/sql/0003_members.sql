-- Schema 3: the member register — individual and unit members, grades, status history, dues.
-- Codes are stored in English (active, lapsed…); screens and files show the Chinese labels.

CREATE TABLE member_grade (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    rank    INTEGER NOT NULL,               -- display order, lowest first
    is_default INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1))
);
INSERT INTO member_grade (id, name, rank, is_default) VALUES
    (1, '学生会员', 1, 0), (2, '会员', 2, 1), (3, '高级会员', 3, 0), (4, '会士', 4, 0);

-- Branches are filled in by a later schema; the member link table needs them now.
CREATE TABLE branch (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL UNIQUE
);

-- Distinct affiliations: members share a few thousand of them, so substring search over
-- affiliations scans this small table instead of a million member rows.
CREATE TABLE affiliation (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL UNIQUE
);

CREATE TABLE member (
    id                  INTEGER PRIMARY KEY,
    member_no           TEXT NOT NULL UNIQUE,
    name                TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 50),
    name_key            BLOB NOT NULL,          -- ICU zh collation key: pinyin order in SQL
    gender              TEXT CHECK (gender IN ('M', 'F')),       -- NULL = unknown
    birth_date          TEXT,
    id_type             TEXT NOT NULL DEFAULT 'resident_id',
    id_number           TEXT,                   -- stored in full; shown masked
    political_status    TEXT,
    affiliation_id      INTEGER REFERENCES affiliation(id),
    affiliation_type    TEXT,
    position            TEXT,
    professional_title  TEXT,
    front_line          INTEGER CHECK (front_line IN (0, 1)),    -- NULL = unknown, never "no"
    mobile              TEXT,
    mobile_rev          TEXT,                   -- reversed, so "ends with 8000" uses an index
    email               TEXT,
    grade_id            INTEGER NOT NULL REFERENCES member_grade(id),
    applied_on          TEXT,
    approved_on         TEXT,
    join_date           TEXT NOT NULL,
    status              TEXT NOT NULL DEFAULT 'active'
                        CHECK (status IN ('applied', 'active', 'lapsed', 'withdrawn', 'expelled', 'deceased')),
    exit_date           TEXT,
    notes               TEXT,
    CHECK (exit_date IS NULL OR exit_date >= join_date)
);
CREATE UNIQUE INDEX member_id_number ON member (id_number) WHERE id_number IS NOT NULL;
CREATE INDEX member_order_name ON member (name_key, id);
CREATE INDEX member_join_date ON member (join_date);
CREATE INDEX member_status ON member (status);
CREATE INDEX member_affiliation ON member (affiliation_id, name_key, id);
CREATE INDEX member_mobile ON member (mobile) WHERE mobile IS NOT NULL;
CREATE INDEX member_mobile_rev ON member (mobile_rev) WHERE mobile_rev IS NOT NULL;
CREATE INDEX member_name_birth ON member (name, birth_date);

-- Name n-grams (every character and every pair of adjacent characters) for 1- and
-- 2-character queries, which trigram indexes cannot answer. MemberStore keeps them in step
-- with member.name (it knows a member's grams, so it deletes them by primary key).
-- The name's sort key is part of the key, so the first page of a 1- or 2-character search in
-- pinyin order is an ordered range scan, not a sort of every match.
CREATE TABLE member_name_gram (
    gram        TEXT NOT NULL,
    name_key    BLOB NOT NULL,
    member_id   INTEGER NOT NULL,
    PRIMARY KEY (gram, name_key, member_id)
) WITHOUT ROWID;

CREATE TABLE member_status_history (
    id          INTEGER PRIMARY KEY,
    member_id   INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE,
    status      TEXT NOT NULL,
    on_date     TEXT NOT NULL,
    decided_by  TEXT,                           -- the body or person who decided
    note        TEXT
);
CREATE INDEX member_status_history_member ON member_status_history (member_id, on_date);

CREATE TABLE member_branch (
    member_id   INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE,
    branch_id   INTEGER NOT NULL REFERENCES branch(id) ON DELETE CASCADE,
    PRIMARY KEY (member_id, branch_id)
) WITHOUT ROWID;

CREATE TABLE unit_member (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    name_key    BLOB NOT NULL,
    credit_code TEXT UNIQUE,
    unit_type   TEXT,
    contact     TEXT,
    phone       TEXT,
    email       TEXT,
    join_date   TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'active'
                CHECK (status IN ('applied', 'active', 'lapsed', 'withdrawn', 'expelled', 'deceased')),
    exit_date   TEXT,
    notes       TEXT
);

-- What a grade pays in a year (the charter or a congress resolution sets it).
CREATE TABLE dues_standard (
    grade_id        INTEGER NOT NULL REFERENCES member_grade(id),
    year            INTEGER NOT NULL,
    amount_cents    INTEGER NOT NULL CHECK (amount_cents >= 0),
    PRIMARY KEY (grade_id, year)
) WITHOUT ROWID;

CREATE TABLE dues_payment (
    id              INTEGER PRIMARY KEY,
    member_id       INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE,
    year            INTEGER NOT NULL,
    amount_cents    INTEGER NOT NULL CHECK (amount_cents >= 0),
    paid_on         TEXT,
    receipt_no      TEXT UNIQUE                 -- 收据号 / 票据号
);
CREATE INDEX dues_payment_member_year ON dues_payment (member_id, year);
CREATE INDEX dues_payment_year ON dues_payment (year, member_id);
