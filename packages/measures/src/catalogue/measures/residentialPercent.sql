-- Of the children looked after on the date, those in residential care (cohorts/placementGroupAt.sql states the groups).
SELECT child_id, placement_group = 'residential' AS in_numerator, true AS in_denominator, place, place_provider, placement_group
FROM cohort
ORDER BY child_id
