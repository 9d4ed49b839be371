-- Every child looked after on the date (cohorts/placedAt.sql), counted once, described by the placement they were in
-- that day and its group (placementGroups.ts): the figure is the children looked after, its breakdowns the groups,
-- types and providers.
SELECT child_id, true AS in_numerator, false AS in_denominator, episode_started, ls, place, place_provider, placement_group
FROM cohort
ORDER BY child_id
