-- Every child looked after on the date, by the group of their placement (cohorts/placementGroupAt.sql states the groups).
SELECT child_id, true AS in_numerator, false AS in_denominator, place, place_provider, placement_group
FROM cohort
ORDER BY child_id
