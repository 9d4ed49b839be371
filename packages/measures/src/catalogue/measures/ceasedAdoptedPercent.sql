-- Every child who ceased in the period is in the denominator; those adopted (REC E11 application unopposed, E12
-- consent dispensed with; LAIT 208) are in the numerator.
SELECT child_id, rec IN ('E11', 'E12') AS in_numerator, true AS in_denominator, ceased_on, rec
FROM cohort
ORDER BY child_id
