-- The children looked after at $periodEnd (looked_after_at: the lookedAfterAt cohort), each with their placement
-- moves from $periodStart to $periodEnd (placement_moves: the placementMovesInPeriod cohort), none for a child who
-- did not move.
SELECT b.child_id,
       CAST(count(m.record_id) AS INTEGER) AS moves,
       string_agg(strftime(m.moved_on, '%Y-%m-%d'), ' ' ORDER BY m.moved_on) AS move_dates
FROM looked_after_at b
LEFT JOIN placement_moves m ON m.child_id = b.child_id
GROUP BY b.child_id
