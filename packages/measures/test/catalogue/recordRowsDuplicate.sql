-- Test only: the same record twice.
SELECT child_id, 'same' AS record_id, true AS in_numerator, true AS in_denominator
FROM cohort
