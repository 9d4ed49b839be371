INSERT OR IGNORE INTO indexed_events
SELECT event_id::UUID, child_key, type, occurred_at::DATE, content_hash
FROM staged_events
QUALIFY row_number() OVER (PARTITION BY event_id ORDER BY seq) = 1
