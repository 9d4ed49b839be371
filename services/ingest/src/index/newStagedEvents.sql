-- The staged events the index does not hold yet (the first of each id), in staging order: only these teach it anything,
-- so indexing the same event twice is harmless.
SELECT s.seq
FROM staged_events s
ANTI JOIN indexed_events e ON e.event_id = s.event_id::UUID
QUALIFY row_number() OVER (PARTITION BY s.event_id ORDER BY s.seq) = 1
ORDER BY s.seq
