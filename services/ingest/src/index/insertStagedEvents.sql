-- The stage holds each id once; ids the index already holds are left out, so indexing an event twice is harmless.
INSERT INTO indexed_events
SELECT s.event_id::UUID, s.child_key, s.type, s.occurred_at::DATE, s.content_hash
FROM staged_events s
ANTI JOIN indexed_events e ON e.event_id = s.event_id::UUID
