-- Every child who ceased in the period is in the denominator; those who left on a special guardianship order (REC
-- E45-E48 in the current spec, which replaced E43/E44; LAIT 390) are in the numerator.
SELECT child_id, rec IN ('E45', 'E46', 'E47', 'E48') AS in_numerator, true AS in_denominator, ceased_on, rec
FROM cohort
ORDER BY child_id
