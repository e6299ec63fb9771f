-- Schema 5: branches (分支机构) — their lifecycle and officers, filings (备案), activities.
-- The branch table itself came with the member register (schema 3), holding names only.

ALTER TABLE branch ADD COLUMN kind TEXT NOT NULL DEFAULT '专业委员会';
ALTER TABLE branch ADD COLUMN established_on TEXT;
ALTER TABLE branch ADD COLUMN status TEXT NOT NULL DEFAULT 'active'
    CHECK (status IN ('proposed', 'active', 'suspended', 'dissolved'));
ALTER TABLE branch ADD COLUMN dissolved_on TEXT;
ALTER TABLE branch ADD COLUMN notes TEXT;

-- Every step of the lifecycle 设立 → 正常 → 暂停 → 撤销, with the resolution that decided it.
CREATE TABLE branch_status_history (
    id          INTEGER PRIMARY KEY,
    branch_id   INTEGER NOT NULL REFERENCES branch(id) ON DELETE CASCADE,
    status      TEXT NOT NULL CHECK (status IN ('proposed', 'active', 'suspended', 'dissolved')),
    on_date     TEXT NOT NULL,
    resolution  TEXT                            -- the council / standing council resolution (linked later)
);
CREATE INDEX branch_status_history_branch ON branch_status_history (branch_id, on_date);

-- A branch's leader (负责人) and secretary (秘书), people of their own with their own terms.
CREATE TABLE branch_officer (
    id          INTEGER PRIMARY KEY,
    branch_id   INTEGER NOT NULL REFERENCES branch(id) ON DELETE CASCADE,
    role        TEXT NOT NULL CHECK (role IN ('leader', 'secretary')),
    person_id   INTEGER NOT NULL REFERENCES person(id),
    start_date  TEXT,
    end_date    TEXT,
    CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
);
CREATE INDEX branch_officer_branch ON branch_officer (branch_id, role, start_date);

-- 备案: establishment, change, dissolution.
CREATE TABLE filing (
    id              INTEGER PRIMARY KEY,
    branch_id       INTEGER NOT NULL REFERENCES branch(id) ON DELETE CASCADE,
    kind            TEXT NOT NULL CHECK (kind IN ('establish', 'change', 'dissolve')),
    on_date         TEXT NOT NULL,
    reference       TEXT,                       -- 文号
    resolution      TEXT,
    notes           TEXT,
    attachment_id   INTEGER REFERENCES attachment(id)
);
CREATE INDEX filing_branch ON filing (branch_id, on_date);

-- 活动: by a branch, or by the society itself (no branch).
CREATE TABLE activity (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL CHECK (length(trim(name)) > 0),
    kind            TEXT NOT NULL CHECK (kind IN ('academic_conference', 'science_popularization', 'training',
                        'consulting', 'evaluation', 'group_standard', 'award_nomination', 'international', 'other')),
    start_date      TEXT NOT NULL,
    end_date        TEXT,
    branch_id       INTEGER REFERENCES branch(id) ON DELETE SET NULL,
    participants    INTEGER CHECK (participants >= 0),
    brand           INTEGER NOT NULL DEFAULT 0 CHECK (brand IN (0, 1)),
    task            TEXT,                       -- a reform requirement id, such as CAST17-20
    notes           TEXT,
    CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX activity_branch_date ON activity (branch_id, start_date);
CREATE INDEX activity_date ON activity (start_date);

CREATE TABLE activity_attachment (
    activity_id     INTEGER NOT NULL REFERENCES activity(id) ON DELETE CASCADE,
    attachment_id   INTEGER NOT NULL REFERENCES attachment(id),
    PRIMARY KEY (activity_id, attachment_id)
) WITHOUT ROWID;
