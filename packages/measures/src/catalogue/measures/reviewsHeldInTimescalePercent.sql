-- Of the reviews held in the period, those held on or before their due date (Worcestershire W-03, Cheshire East P1.2).
SELECT child_id, record_id, in_timescale AS in_numerator, true AS in_denominator,
       period_started, review_number, strftime(due_on, '%Y-%m-%d') AS due_on, strftime(held_on, '%Y-%m-%d') AS held_on
FROM cohort
WHERE held_on BETWEEN CAST($periodStart AS DATE) AND CAST($periodEnd AS DATE)
ORDER BY child_id, record_id
