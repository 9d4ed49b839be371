-- Each missing (M) incident that started in the period is considered; those that had ended by the period's end
-- have a duration (days: the calendar days touched, both ends included, cohorts/missingIncidents.sql) and are
-- averaged. One still open at the period's end has none yet: it is listed, outside the numerator.
SELECT child_id, record_id, NOT open_at_end AS in_numerator, true AS in_denominator,
       mis_start, mis_end, days, place
FROM cohort
WHERE started_in_period AND missing_type = 'M'
ORDER BY record_id
