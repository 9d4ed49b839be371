-- Every child looked after on the date is considered; those in agency or other external fostering (the group
-- external_fostering of placementGroups.ts: U1-U6 with provider PR2-PR5) are in the figure. A foster placement with
-- no provider recorded is in neither fostering figure: its group (fostering_provider_not_recorded) names it.
SELECT child_id, coalesce(placement_group = 'external_fostering', false) AS in_numerator, false AS in_denominator,
       episode_started, place, place_provider, placement_group
FROM cohort
ORDER BY child_id
