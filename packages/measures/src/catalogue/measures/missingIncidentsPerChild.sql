-- The children with a missing (M) incident starting in the period, each with how many started in it: the figure
-- is their mean (DfE's incidents per child who went missing). A child only carried over into the period has no
-- incident of the period to count and is not among them.
SELECT child_id, true AS in_numerator, true AS in_denominator, missing_incidents, first_missing_start
FROM cohort
WHERE missing_incidents > 0
ORDER BY child_id
