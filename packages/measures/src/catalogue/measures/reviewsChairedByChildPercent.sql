-- Of the reviews held in the period, those the child chaired or co-chaired (Cheshire East P1.3: chaired reviews
-- over reviews). A review with no record of who chaired it counts as not chaired by the child.
SELECT child_id, record_id, coalesce(chaired_by_child, false) AS in_numerator, true AS in_denominator,
       strftime(held_on, '%Y-%m-%d') AS held_on, chaired_by_child, age_at_review
FROM cohort
WHERE held_on BETWEEN CAST($periodStart AS DATE) AND CAST($periodEnd AS DATE)
ORDER BY child_id, record_id
