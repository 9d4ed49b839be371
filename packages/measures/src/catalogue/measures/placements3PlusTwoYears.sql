-- DfE's stability publication: of the children looked after at $periodEnd who had been looked after continuously
-- for at least two years, those with three or more placements in the two years to the date (placements counted as
-- for the year, and continuous care judged, in the inCareWithPlacementAt cohort).
SELECT child_id, in_care_2_years AND placements_in_two_years >= 3 AS in_numerator, in_care_2_years AS in_denominator,
       strftime(period_started, '%Y-%m-%d') AS period_started,
       placements_in_two_years AS placements, placement_starts_in_two_years AS placement_starts
FROM cohort
ORDER BY child_id
