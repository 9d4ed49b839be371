-- Reviews due in the period: every review occasion whose due date falls in it, held or not (Thurrock's "Total Due").
-- An awaited review counts only while the child is still looked after on its due date (reviewOccasions).
SELECT child_id, record_id, true AS in_numerator, false AS in_denominator,
       period_started, review_number, strftime(due_on, '%Y-%m-%d') AS due_on, strftime(held_on, '%Y-%m-%d') AS held_on, in_timescale
FROM cohort
WHERE due_on BETWEEN CAST($periodStart AS DATE) AND CAST($periodEnd AS DATE)
ORDER BY child_id, record_id
