-- The care facts of each child in order: by date, then start < change < end on the same day, then log position.
-- A period of care runs from a start to the first end after it; period_no 0 holds facts before any start.
CREATE OR REPLACE TEMP TABLE care_facts AS
SELECT *, sum(CASE WHEN fact_type = 'PeriodOfCareStarted' THEN 1 ELSE 0 END)
            OVER (PARTITION BY child_key ORDER BY fact_date, ord, log_partition, log_offset ROWS UNBOUNDED PRECEDING) AS period_no,
       -- The same order as one number, for the derive steps that pick the last fact of a day (cheaper than a tuple).
       row_number() OVER (PARTITION BY child_key ORDER BY fact_date, ord, log_partition, log_offset) AS seq
-- BY NAME: each fact type brings only its own columns; the others are NULL.
FROM (
  SELECT *, 0 AS ord FROM fact_period_of_care_started
  UNION ALL BY NAME SELECT *, 1 AS ord FROM fact_placement_changed
  UNION ALL BY NAME SELECT *, 1 AS ord FROM fact_legal_status_changed
  -- A reclassification is a care fact (it belongs to a period of care) that changes no episode by itself.
  UNION ALL BY NAME SELECT *, 1 AS ord FROM fact_placement_reclassified
  UNION ALL BY NAME SELECT *, 2 AS ord FROM fact_period_of_care_ended
);
