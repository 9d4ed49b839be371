-- Of the reviews due in the period, those held by their due date (Thurrock D2): a review never held, or held after
-- its due date, is out of timescale, so reviews not held count against the figure.
SELECT child_id, record_id, in_timescale AS in_numerator, true AS in_denominator,
       period_started, review_number, strftime(due_on, '%Y-%m-%d') AS due_on, strftime(held_on, '%Y-%m-%d') AS held_on
FROM cohort
WHERE due_on BETWEEN CAST($periodStart AS DATE) AND CAST($periodEnd AS DATE)
ORDER BY child_id, record_id
