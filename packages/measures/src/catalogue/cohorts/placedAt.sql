-- The children looked after at $periodEnd (looked_after_at: cohorts/lookedAfterAt.sql, short breaks excluded), each
-- with the placement of the episode open that day: its PLACE as known on the date (lookedAfterAt applies the
-- reclassifications dated by then), and the provider, postcodes, URN and recorded distance of the placement it
-- opened with (a legal status change alone keeps them: care_changes carries the placement on). The placement group
-- is the one rule of placementGroups.ts (placement_groups: PLACE x PLACE_PROVIDER, '' for no provider).
-- home_post is the home postcode recorded when the period of care began.
SELECT c.child_id, c.episode_started, c.ls, c.place, e.place_provider, g.placement_group,
       coalesce(g.has_ofsted_urn, false) AS has_ofsted_urn, c.uasc,
       e.home_post, e.pl_post, e.urn, e.placement_distance_miles
FROM looked_after_at c
JOIN episodes e ON e.la_code = $laCode AND e.child_id = c.child_id AND e.decom = CAST(c.episode_started AS DATE)
LEFT JOIN placement_groups g ON g.place = c.place AND g.place_provider = coalesce(e.place_provider, '')
