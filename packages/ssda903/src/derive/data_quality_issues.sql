-- What the derivation had to ignore or doubt, per child: a date of birth after the first period of care started,
-- and a care fact outside any period of care.
CREATE TABLE data_quality_issues (
  child_key VARCHAR NOT NULL, la_code VARCHAR NOT NULL, child_id VARCHAR NOT NULL,
  event_id VARCHAR, field VARCHAR NOT NULL, reason VARCHAR NOT NULL
);

DELETE FROM data_quality_issues WHERE child_key IN (SELECT child_key FROM dirty_children);

INSERT INTO data_quality_issues
SELECT c.child_key, c.la_code, c.child_id, NULL, 'dateOfBirth',
       'date of birth ' || strftime(c.date_of_birth, '%Y-%m-%d') || ' is after the period of care started on ' || strftime(p.first_start, '%Y-%m-%d')
FROM children c
JOIN (SELECT child_key, min(start_date) AS first_start FROM care_periods GROUP BY child_key) p ON p.child_key = c.child_key
WHERE c.child_key IN (SELECT child_key FROM dirty_children) AND p.first_start < c.date_of_birth;

INSERT INTO data_quality_issues
SELECT f.child_key, f.la_code, f.child_id, f.event_id, 'type',
       f.fact_type || ' on ' || strftime(f.fact_date, '%Y-%m-%d') || ' is outside any period of care'
FROM care_facts f LEFT JOIN care_periods p ON p.child_key = f.child_key AND p.period_no = f.period_no
WHERE f.fact_type <> 'PeriodOfCareStarted'
  AND (f.period_no = 0 OR (p.end_date IS NOT NULL AND f.fact_date > p.end_date));
