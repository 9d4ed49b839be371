-- What the index holds of the staged lookup's events and children, in one call: the events first (kind 'event':
-- id, child key, type, date, content hash), then the children (kind 'child': key and the three dates).
-- Ids and keys may repeat (semi joins). The stage was appended to without being emptied (the appender is
-- synchronous, a DELETE is not): the lookup numbers only grow, so the newest row is this lookup's.
DELETE FROM staged_lookups WHERE lookup < (SELECT max(lookup) FROM staged_lookups);
SELECT 'event' AS kind, e.event_id::VARCHAR, e.child_key, e.type, strftime(e.occurred_at, '%Y-%m-%d'), e.content_hash
FROM indexed_events e
SEMI JOIN (SELECT TRY_CAST(unnest(string_split(event_ids, chr(31))) AS UUID) AS event_id FROM staged_lookups) s ON s.event_id = e.event_id
UNION ALL
SELECT 'child', c.child_key, strftime(c.date_of_birth, '%Y-%m-%d'), strftime(c.earliest_care_date, '%Y-%m-%d'), strftime(c.earliest_care_start, '%Y-%m-%d'), NULL
FROM indexed_children c
SEMI JOIN (SELECT unnest(string_split(child_keys, chr(31))) AS child_key FROM staged_lookups) s ON s.child_key = c.child_key
