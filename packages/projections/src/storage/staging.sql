-- One fold batch: the log position and the event's JSON as it is in the log. DuckDB extracts the columns itself,
-- far cheaper than building them in JavaScript.
CREATE TEMP TABLE IF NOT EXISTS staging (log_partition INTEGER, log_offset BIGINT, event_id VARCHAR, child_key VARCHAR, body VARCHAR);
