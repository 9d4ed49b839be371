-- Children in in-house fostering, family and friends included (cohorts/placementGroupAt.sql states the groups).
SELECT child_id, placement_group = 'in_house_fostering' AS in_numerator, false AS in_denominator, place, place_provider, placement_group
FROM cohort
ORDER BY child_id
