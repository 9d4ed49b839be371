-- Writes what is staged into the index, inside the caller's transaction, and empties the stage.
-- The staged events are each once, none held by the index: either ingest has just checked them against it, or the
-- catch-up has just kept only the new ones (newStagedEvents.sql). Both run in the one process that holds the index
-- file, so no anti join here: it would scan every id in the index once more per batch.
INSERT INTO indexed_events
SELECT event_id::UUID, child_key, type, occurred_at::DATE, content_hash
FROM staged_events;
INSERT OR REPLACE INTO indexed_children
SELECT child_key, date_of_birth::DATE, earliest_care_date::DATE, earliest_care_start::DATE
FROM staged_children;
INSERT OR REPLACE INTO index_offsets
SELECT a.log_partition, a.next_offset
FROM staged_advances a
LEFT JOIN index_offsets o ON o.log_partition = a.log_partition
WHERE a.first_offset IS NULL OR a.first_offset = coalesce(o.next_offset, 0);
DELETE FROM staged_event_columns;
DELETE FROM staged_child_columns;
DELETE FROM staged_advances;
