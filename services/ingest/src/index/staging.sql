-- Per-connection scratch tables: a batch is staged here and joined, never looked up one id at a time.
-- Events are staged as one text per event, its fields joined by the unit separator (chr(31), in no id, type, date
-- or hash): the appender's cost is per value, not per byte, and this is staged for every event ingested.
CREATE TEMP TABLE staged_packed_events (packed VARCHAR);
CREATE TEMP VIEW staged_events AS
SELECT f[1] AS event_id, f[2] AS child_key, f[3] AS type, f[4] AS occurred_at, f[5] AS content_hash
FROM (SELECT string_split(packed, chr(31)) AS f FROM staged_packed_events);
CREATE TEMP TABLE staged_ids (event_id VARCHAR);
CREATE TEMP TABLE staged_children (child_key VARCHAR, date_of_birth VARCHAR, earliest_care_date VARCHAR, earliest_care_start VARCHAR);
CREATE TEMP TABLE staged_hashes (content_hash VARCHAR);
