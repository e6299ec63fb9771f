-- Schema 10: the annual report (年报, issue 8), one per year. The working copy holds the narrative
-- of each of the five sections CAST17-06 names (rich text) and a snapshot of the generated parts
-- (the figures computed from the records, as JSON), so a report does not change when the records
-- do: the editor refreshes the snapshot when the secretariat asks. Workflow: draft → review →
-- approved → published; only a draft is edited, a published report is locked, and a correction
-- is a new version with a note. Every saved version is kept whole.
CREATE TABLE annual_report (
    id              INTEGER PRIMARY KEY,
    year            INTEGER NOT NULL UNIQUE CHECK (year BETWEEN 1900 AND 2999),
    status          TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'review', 'approved', 'published')),
    published_on    TEXT,
    development     TEXT NOT NULL DEFAULT '',   -- 发展现状
    governance      TEXT NOT NULL DEFAULT '',   -- 内部建设
    activities      TEXT NOT NULL DEFAULT '',   -- 主要业务活动
    members         TEXT NOT NULL DEFAULT '',   -- 会员发展服务
    finances        TEXT NOT NULL DEFAULT '',   -- 财务状况
    figures         TEXT,                       -- JSON of the generated parts; NULL: not taken yet
    figures_taken_at TEXT,
    updated_at      TEXT NOT NULL,
    CHECK ((status = 'published') = (published_on IS NOT NULL)),
    CHECK ((figures IS NULL) = (figures_taken_at IS NULL))
);

CREATE TABLE annual_report_version (
    id              INTEGER PRIMARY KEY,
    report_id       INTEGER NOT NULL REFERENCES annual_report(id) ON DELETE CASCADE,
    version         INTEGER NOT NULL CHECK (version > 0),
    saved_at        TEXT NOT NULL,
    status          TEXT NOT NULL CHECK (status IN ('draft', 'review', 'approved', 'published')),
    note            TEXT NOT NULL DEFAULT '',   -- what the version is (a correction says what it corrects)
    development     TEXT NOT NULL,
    governance      TEXT NOT NULL,
    activities      TEXT NOT NULL,
    members         TEXT NOT NULL,
    finances        TEXT NOT NULL,
    figures         TEXT,
    UNIQUE (report_id, version)
);
