-- Schema 8: indexes that count the member register on a date without reading member rows
-- (the rules engine at a million members: CAST17-02, HB17-12, HB17-13, CQ22-01).
-- interchange.md's rule — a member on D joined on or before D, had not exited on or before D,
-- and is not an applicant — becomes index range counts:
--   members(D) = all − applicants − (joined after D) − (exited on or before D),
-- each term read from an index alone (an exit is never before its join, by the table's CHECK).

-- Joined after a date, applicants apart: (join_date, status) instead of (join_date).
DROP INDEX member_join_date;
CREATE INDEX member_join_date ON member (join_date, status);

-- Exited on or before a date by status, and exit statuses without an exit date:
-- (status, exit_date) instead of (status).
DROP INDEX member_status;
CREATE INDEX member_status ON member (status, exit_date);

-- The grades held on a date (at least one member of the grade on it).
CREATE INDEX member_grade_on ON member (grade_id, join_date, status, exit_date);

-- Admissions without an application or approval date (HB17-13): only those members.
CREATE INDEX member_admission_gap ON member (join_date, status)
    WHERE applied_on IS NULL OR approved_on IS NULL;
