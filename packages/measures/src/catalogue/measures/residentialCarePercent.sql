-- Of the children looked after on the date, those in residential care: the group residential of placementGroups.ts
-- (children's homes, secure homes, residential schools and the other residential settings).
SELECT child_id, coalesce(placement_group = 'residential', false) AS in_numerator, true AS in_denominator,
       episode_started, place, place_provider, placement_group
FROM cohort
ORDER BY child_id
