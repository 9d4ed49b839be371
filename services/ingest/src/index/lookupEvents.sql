-- The stored events among the staged ids.
SELECT e.event_id::VARCHAR AS event_id, e.child_key, e.type, strftime(e.occurred_at, '%Y-%m-%d') AS occurred_at, e.content_hash
FROM indexed_events e
JOIN (SELECT DISTINCT TRY_CAST(event_id AS UUID) AS event_id FROM staged_ids) s ON s.event_id = e.event_id
