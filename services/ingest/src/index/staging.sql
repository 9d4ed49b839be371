-- Per-connection scratch tables: a batch is staged here and joined, never looked up one id at a time.
CREATE TEMP TABLE staged_events (event_id VARCHAR, child_key VARCHAR, type VARCHAR, occurred_at VARCHAR, content_hash VARCHAR);
CREATE TEMP TABLE staged_ids (event_id VARCHAR);
CREATE TEMP TABLE staged_children (child_key VARCHAR, date_of_birth VARCHAR, earliest_care_date VARCHAR, earliest_care_start VARCHAR);
CREATE TEMP TABLE staged_hashes (content_hash VARCHAR);
