-- Of the children looked after at $periodEnd, the share with three or more placements in the twelve months to it
-- (DfE, LAIT 372; for 31 March, the collection year). What a placement is and when one counts in the months are
-- stated once, in the inCareWithPlacementAt cohort and the placements projection it reads.
SELECT child_id, placements_in_year >= 3 AS in_numerator, true AS in_denominator,
       placements_in_year AS placements, placement_starts_in_year AS placement_starts
FROM cohort
ORDER BY child_id
