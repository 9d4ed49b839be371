-- The stored events among $ids (event ids joined by chr(31): one value to bind, however many ids).
SELECT e.event_id::VARCHAR AS event_id, e.child_key, e.type, strftime(e.occurred_at, '%Y-%m-%d') AS occurred_at, e.content_hash
FROM indexed_events e
SEMI JOIN (SELECT TRY_CAST(unnest(string_split($ids, chr(31))) AS UUID) AS event_id) s ON s.event_id = e.event_id
