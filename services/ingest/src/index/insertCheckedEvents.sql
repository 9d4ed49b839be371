-- The staged events, each once, none held by the index: either ingest has just checked them against it, or the
-- catch-up has just kept only the new ones (newStagedEvents.sql). Both run in the one process that holds the index
-- file, so no anti join here: it would scan every id in the index once more per batch.
INSERT INTO indexed_events
SELECT event_id::UUID, child_key, type, occurred_at::DATE, content_hash
FROM staged_events
