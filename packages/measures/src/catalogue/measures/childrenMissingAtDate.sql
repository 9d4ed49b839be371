-- At a date (the period's end): a child is in the figure when a missing (M) or away (A) incident of theirs had
-- started by the date and had not ended by it (back on the date is not missing at its end), as DfE counts the
-- children still missing at 31 March: the return's Missing rows with no MIS_END. A child with two open incidents
-- (DfE rule 574 says they cannot overlap) is described by the later.
SELECT child_id, true AS in_numerator, false AS in_denominator, missing_type, mis_start AS missing_since, place
FROM cohort
WHERE open_at_end
QUALIFY row_number() OVER (PARTITION BY child_id ORDER BY mis_start DESC, record_id DESC) = 1
ORDER BY child_id
