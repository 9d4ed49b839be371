-- Reviews held in the period by participation code, all ages; a review with no code is "not recorded" in the
-- breakdown (Thurrock D4).
SELECT child_id, record_id, true AS in_numerator, false AS in_denominator,
       strftime(held_on, '%Y-%m-%d') AS held_on, review_code, age_at_review
FROM cohort
WHERE held_on BETWEEN CAST($periodStart AS DATE) AND CAST($periodEnd AS DATE)
ORDER BY child_id, record_id
