-- Schema 11: the reform plan (改革方案, issue 9), one per year and rule pack. Its problems (存在的问题,
-- pre-filled from the failing and missing-data findings, editable), its tasks — the pack's mandatory
-- ones added automatically, the optional ones chosen (CAST 2017: at least 5 of tasks 12–24) — each
-- with indicator, baseline, target, steps, deadline and owner (Hubei's five parts), and a progress
-- entry per task and month (the value reached, a note, an evidence file kept as an attachment).
CREATE TABLE reform_plan (
    id          INTEGER PRIMARY KEY,
    year        INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2999),
    pack        TEXT NOT NULL CHECK (length(trim(pack)) > 0),
    problems    TEXT NOT NULL DEFAULT '',
    started_on  TEXT,                         -- NULL: the plan's months start in January
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    UNIQUE (year, pack)
);

CREATE TABLE reform_plan_task (
    id          INTEGER PRIMARY KEY,
    plan_id     INTEGER NOT NULL REFERENCES reform_plan(id) ON DELETE CASCADE,
    task        TEXT NOT NULL CHECK (length(trim(task)) > 0), -- the pack's id: CAST17-01, CAST17-12, HB17-02 …
    kind        TEXT NOT NULL CHECK (kind IN ('mandatory', 'optional')),
    indicator   TEXT NOT NULL DEFAULT '',
    baseline    TEXT NOT NULL DEFAULT '',
    target      TEXT NOT NULL DEFAULT '',
    steps       TEXT NOT NULL DEFAULT '',
    deadline    TEXT,                         -- NULL: none set
    owner       TEXT NOT NULL DEFAULT '',
    status      TEXT NOT NULL DEFAULT 'not_started'
                CHECK (status IN ('not_started', 'in_progress', 'done', 'deferred')),
    position    INTEGER NOT NULL DEFAULT 0,
    UNIQUE (plan_id, task)
);

CREATE TABLE reform_plan_progress (
    id            INTEGER PRIMARY KEY,
    task_id       INTEGER NOT NULL REFERENCES reform_plan_task(id) ON DELETE CASCADE,
    month         TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
    value         TEXT NOT NULL CHECK (length(trim(value)) > 0),
    note          TEXT NOT NULL DEFAULT '',
    attachment_id INTEGER REFERENCES attachment(id),  -- the evidence; NULL: none
    UNIQUE (task_id, month)
);

CREATE INDEX reform_plan_progress_attachment ON reform_plan_progress(attachment_id);
