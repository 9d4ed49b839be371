-- What the child had before the period of care it belongs to: an adoption, SGO or CAO (PREV_PERM), with its LA and
-- date. A record belongs to the period of care in progress on its date (recorded on entry or during it); else to the
-- next period to start (recorded while entry was being arranged); else to the latest period before it (recorded
-- late). Recorded again for the same period, the latest (by date, then log position) stands. date_of_permanence is
-- text, a partial date (2019-06-ZZ, ZZZZ-ZZ-ZZ when not known at all): the 903 lets any part of it be unknown.
CREATE TABLE previous_permanence (
  child_key VARCHAR NOT NULL, la_code VARCHAR NOT NULL, child_id VARCHAR NOT NULL,
  period_no INTEGER NOT NULL, period_start DATE NOT NULL, recorded_on DATE NOT NULL,
  previous_permanence VARCHAR NOT NULL, la_of_permanence VARCHAR, date_of_permanence VARCHAR, event_id VARCHAR NOT NULL
);

DELETE FROM previous_permanence WHERE child_key IN (SELECT child_key FROM dirty_children);

INSERT INTO previous_permanence
SELECT child_key, la_code, child_id, period_no, start_date, fact_date,
       previous_permanence, la_of_permanence, date_of_permanence, event_id
FROM (
  SELECT f.*, p.period_no, p.start_date
  FROM fact_previous_permanence_recorded f
  JOIN care_periods p ON p.child_key = f.child_key
  QUALIFY row_number() OVER (PARTITION BY f.child_key, f.event_id
                             ORDER BY CASE WHEN p.start_date <= f.fact_date AND (p.end_date IS NULL OR f.fact_date < p.end_date) THEN 0
                                           WHEN p.start_date > f.fact_date THEN 1 ELSE 2 END,
                                      CASE WHEN p.start_date > f.fact_date THEN p.start_date END,
                                      p.start_date DESC) = 1
)
QUALIFY row_number() OVER (PARTITION BY child_key, period_no ORDER BY fact_date DESC, log_partition DESC, log_offset DESC) = 1;
