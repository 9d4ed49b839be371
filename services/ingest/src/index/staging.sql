-- Per-connection scratch tables: a batch is staged here and joined, never looked up one id at a time.
-- A batch of events is staged as ONE row: per field, the batch's values joined by the unit separator (chr(31), in
-- no id, key, type, date or hash). The appender's cost is per value, not per byte, and DuckDB splits the texts off
-- the JavaScript thread; the views turn the row back into one row per event (unnest zips lists of one length).
CREATE TEMP TABLE staged_event_columns (event_ids VARCHAR, child_keys VARCHAR, types VARCHAR, occurred_ats VARCHAR, content_hashes VARCHAR);
CREATE TEMP VIEW staged_events AS
SELECT unnest(string_split(event_ids, chr(31))) AS event_id,
       unnest(string_split(child_keys, chr(31))) AS child_key,
       unnest(string_split(types, chr(31))) AS type,
       unnest(string_split(occurred_ats, chr(31))) AS occurred_at,
       unnest(string_split(content_hashes, chr(31))) AS content_hash
FROM staged_event_columns;
-- Children the same way; an unknown date is the empty text.
CREATE TEMP TABLE staged_child_columns (child_keys VARCHAR, dates_of_birth VARCHAR, earliest_care_dates VARCHAR, earliest_care_starts VARCHAR);
CREATE TEMP VIEW staged_children AS
SELECT unnest(string_split(child_keys, chr(31))) AS child_key,
       NULLIF(unnest(string_split(dates_of_birth, chr(31))), '') AS date_of_birth,
       NULLIF(unnest(string_split(earliest_care_dates, chr(31))), '') AS earliest_care_date,
       NULLIF(unnest(string_split(earliest_care_starts, chr(31))), '') AS earliest_care_start
FROM staged_child_columns;
-- Per partition, the offset the index reads next once the staged events are in; first_offset, when not null, is
-- the offset the staged positions start at, saved only if the index had read exactly up to it (see
-- contiguousAdvance in ingestIndex.ts).
CREATE TEMP TABLE staged_advances (log_partition INTEGER, first_offset BIGINT, next_offset BIGINT);
CREATE TEMP TABLE staged_hashes (content_hash VARCHAR);
-- A lookup's event ids and child keys, each joined by chr(31); lookupKnowledge.sql keeps only the newest row.
CREATE TEMP TABLE staged_lookups (lookup BIGINT, event_ids VARCHAR, child_keys VARCHAR);
