-- Reviews held in the period, in a period of care (several on one day are one review).
SELECT child_id, record_id, true AS in_numerator, false AS in_denominator,
       period_started, review_number, strftime(due_on, '%Y-%m-%d') AS due_on, strftime(held_on, '%Y-%m-%d') AS held_on, in_timescale
FROM cohort
WHERE held_on BETWEEN CAST($periodStart AS DATE) AND CAST($periodEnd AS DATE)
ORDER BY child_id, record_id
