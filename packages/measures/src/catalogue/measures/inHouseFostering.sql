-- Every child looked after on the date is considered; those in in-house fostering, family and friends carers
-- included (the group in_house_fostering of placementGroups.ts: U1-U6 with provider PR1), are in the figure.
SELECT child_id, coalesce(placement_group = 'in_house_fostering', false) AS in_numerator, false AS in_denominator,
       episode_started, place, place_provider, placement_group
FROM cohort
ORDER BY child_id
