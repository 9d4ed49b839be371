-- A child is in the figure when a missing (M) incident of theirs started in the period or was carried over into
-- it (missing on its first day), as DfE counts the children who went missing (anchors 2.8). Away (A) incidents
-- are the away measure's.
SELECT child_id, true AS in_numerator, false AS in_denominator,
       missing_incidents, first_missing_start, missing_carried_over
FROM cohort
WHERE missing_incidents > 0 OR missing_carried_over
ORDER BY child_id
