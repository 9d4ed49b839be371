-- The children with a missing (M) incident starting in the period are considered; those with 5 or more starting
-- in the period, in whatever months, are in the figure (Cheshire East P2.7's annual reading, over a year; "5 times
-- or more"). An incident carried over into the period was counted in the period it started.
SELECT child_id, missing_incidents >= 5 AS in_numerator, false AS in_denominator,
       missing_incidents, first_missing_start
FROM cohort
WHERE missing_incidents > 0
ORDER BY child_id
