-- Schema 7: the rule packs' attestations. What only a document can show grows beyond schema 4's
-- five kinds (the Hubei, Chongqing and Dalian packs' party working group, charter clause, cross
-- appointment, work cycle documents; the civil-affairs annual work report), and an attestation
-- may cover one year (the secretary-general's appraisal, the work plan, the annual work report)
-- or one person (a retired official's single unpaid post, HB17-15). SQLite cannot change a CHECK
-- constraint in place, so the table is rebuilt; nothing references it.

CREATE TABLE attestation_v7 (
    id              INTEGER PRIMARY KEY,
    kind            TEXT NOT NULL CHECK (kind IN ('party_organisation', 'party_working_group', 'premises',
                        'secretary_general_appraisal', 'leader_age_exception', 'charter_party_clause',
                        'cross_appointment', 'annual_plan', 'mid_year_review', 'year_end_summary',
                        'work_report_supervisor', 'work_report_registration', 'retired_official_post',
                        'journal', 'other')),
    on_date         TEXT NOT NULL,
    attested_by     TEXT NOT NULL CHECK (length(trim(attested_by)) > 0),
    detail          TEXT,                       -- e.g. the party organisation's type: A, B or C
    attachment_id   INTEGER REFERENCES attachment(id),
    year            INTEGER CHECK (year BETWEEN 1900 AND 2999),  -- the year it covers, when it covers one
    person_id       INTEGER REFERENCES person(id) ON DELETE CASCADE  -- the person it is about, when one
);

INSERT INTO attestation_v7 (id, kind, on_date, attested_by, detail, attachment_id)
    SELECT id, kind, on_date, attested_by, detail, attachment_id FROM attestation;
DROP TABLE attestation;
ALTER TABLE attestation_v7 RENAME TO attestation;
CREATE INDEX attestation_kind ON attestation (kind, on_date);
CREATE INDEX attestation_person ON attestation (person_id) WHERE person_id IS NOT NULL;
