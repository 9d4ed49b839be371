-- The children with a missing (M) incident starting in the period are considered; those with 5 or more starting
-- in one calendar month of it are in the figure (Cheshire East P2.7's quarterly reading, "5 or more times in any
-- month in that quarter"; its title's "5 times or more", not its comment's "more than 5"). An incident counts in
-- the month it started, wherever it ended; one carried over into the period was counted in its own month.
SELECT child_id, most_missing_in_a_month >= 5 AS in_numerator, false AS in_denominator,
       missing_incidents, most_missing_in_a_month, busiest_month
FROM cohort
WHERE missing_incidents > 0
ORDER BY child_id
