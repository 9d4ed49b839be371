-- The staged events the index does not hold yet: only these teach it anything, so indexing an event twice is harmless.
-- (The stage holds each id once.)
SELECT s.event_id
FROM staged_events s
ANTI JOIN indexed_events e ON e.event_id = s.event_id::UUID
