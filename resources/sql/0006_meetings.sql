-- Schema 6: meetings (会议) — notices and replies, the roll (签到), agenda, minutes (纪要) and
-- their signed-off versions, resolutions (决议) with their votes, and their follow-up (落实).
-- Codes are stored in English; screens and files show Chinese.

CREATE TABLE meeting (
    id              INTEGER PRIMARY KEY,
    number          TEXT NOT NULL UNIQUE CHECK (length(trim(number)) > 0),  -- 会议编号
    body            TEXT NOT NULL CHECK (body IN ('congress', 'council', 'standing_council', 'supervisory_board',
                        'chair_office', 'secretary_general_office')),
    on_date         TEXT NOT NULL,
    start_time      TEXT,                       -- HH:mm
    mode            TEXT NOT NULL DEFAULT 'onsite' CHECK (mode IN ('onsite', 'video', 'hybrid', 'written')),
    place           TEXT,
    chair           TEXT,                       -- 主持人
    record_keeper   TEXT,                       -- 记录人
    title           TEXT,                       -- e.g. 第九届理事会第三次会议
    -- 会议通知: issued on, the text, and the date the reply slip (回执) is due.
    notice_issued_on TEXT,
    notice_text     TEXT,
    reply_by        TEXT
);
CREATE INDEX meeting_body_date ON meeting (body, on_date);
CREATE INDEX meeting_date ON meeting (on_date);

CREATE TABLE agenda_item (
    id          INTEGER PRIMARY KEY,
    meeting_id  INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    title       TEXT NOT NULL CHECK (length(trim(title)) > 0),
    presenter   TEXT,
    UNIQUE (meeting_id, position)
);

-- The roll: one row per person expected, made from the body's seats in the term current on the
-- meeting date (or for staff, by name). The reply slip's answer and the attendance itself.
CREATE TABLE attendance (
    id          INTEGER PRIMARY KEY,
    meeting_id  INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    person_id   INTEGER REFERENCES person(id),
    seat_id     INTEGER REFERENCES seat(id) ON DELETE SET NULL,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    role        TEXT,                                   -- the seat's role, or the staff post
    reply       TEXT CHECK (reply IN ('attending', 'proxy', 'excused')),
    status      TEXT CHECK (status IN ('present', 'excused', 'absent', 'proxy')),  -- NULL: not yet recorded
    proxy_to    TEXT,                                   -- 委托 whom
    position    INTEGER NOT NULL DEFAULT 0,
    CHECK (status IS NOT 'proxy' OR proxy_to IS NOT NULL)
);
CREATE UNIQUE INDEX attendance_person ON attendance (meeting_id, person_id) WHERE person_id IS NOT NULL;
CREATE INDEX attendance_meeting ON attendance (meeting_id, position);
CREATE INDEX attendance_person_status ON attendance (person_id, status);

-- Minutes: every version kept. The latest is the minutes; a signed-off (签发) version is locked
-- and a correction is a new version with a note.
CREATE TABLE minutes_version (
    id          INTEGER PRIMARY KEY,
    meeting_id  INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    version     INTEGER NOT NULL CHECK (version > 0),
    text        TEXT NOT NULL,                  -- rich text (HTML)
    note        TEXT,                           -- why this version corrects the previous
    saved_at    TEXT NOT NULL,
    signed_by   TEXT,
    signed_on   TEXT,
    CHECK ((signed_by IS NULL) = (signed_on IS NULL)),
    UNIQUE (meeting_id, version)
);

CREATE TABLE resolution (
    id              INTEGER PRIMARY KEY,
    meeting_id      INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    text            TEXT NOT NULL CHECK (length(trim(text)) > 0),
    kind            TEXT NOT NULL DEFAULT 'other' CHECK (kind IN ('appoint_secretary_general', 'adopt_regulation',
                        'budget', 'election', 'dues_change', 'branch_decision', 'other')),
    votes_for       INTEGER CHECK (votes_for >= 0),
    votes_against   INTEGER CHECK (votes_against >= 0),
    votes_abstain   INTEGER CHECK (votes_abstain >= 0),
    rule            TEXT NOT NULL CHECK (rule IN ('more_than_half', 'at_least_half', 'two_thirds')),
    secret_ballot   INTEGER NOT NULL DEFAULT 0 CHECK (secret_ballot IN (0, 1)),
    recorded_outcome TEXT CHECK (recorded_outcome IN ('adopted', 'rejected')),  -- as the minutes say
    branch_id       INTEGER REFERENCES branch(id) ON DELETE SET NULL,  -- the branch a branch_decision is about
    UNIQUE (meeting_id, position)
);
CREATE INDEX resolution_kind ON resolution (kind);

-- 落实.
CREATE TABLE follow_up (
    id              INTEGER PRIMARY KEY,
    resolution_id   INTEGER NOT NULL REFERENCES resolution(id) ON DELETE CASCADE,
    owner           TEXT NOT NULL CHECK (length(trim(owner)) > 0),
    due_date        TEXT,
    status          TEXT NOT NULL DEFAULT 'not_started' CHECK (status IN ('not_started', 'in_progress', 'completed')),
    completed_on    TEXT,
    attachment_id   INTEGER REFERENCES attachment(id)
);
CREATE INDEX follow_up_resolution ON follow_up (resolution_id);
CREATE INDEX follow_up_open ON follow_up (status, due_date);

CREATE TABLE follow_up_note (
    id              INTEGER PRIMARY KEY,
    follow_up_id    INTEGER NOT NULL REFERENCES follow_up(id) ON DELETE CASCADE,
    on_date         TEXT NOT NULL,
    text            TEXT NOT NULL CHECK (length(trim(text)) > 0)
);
CREATE INDEX follow_up_note_follow_up ON follow_up_note (follow_up_id, on_date);

CREATE TABLE meeting_attachment (
    meeting_id      INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    attachment_id   INTEGER NOT NULL REFERENCES attachment(id),
    PRIMARY KEY (meeting_id, attachment_id)
) WITHOUT ROWID;

-- The deciding resolution of a branch filing (CA-08) and of a regulation's adoption.
ALTER TABLE filing ADD COLUMN resolution_id INTEGER REFERENCES resolution(id) ON DELETE SET NULL;
ALTER TABLE regulation ADD COLUMN resolution_id INTEGER REFERENCES resolution(id) ON DELETE SET NULL;
