-- The ingest index: what ingest must know of the log before it appends, caught up from the log by offsets.
-- Every event id in the log, with what duplicate, conflict and correction checks need.
CREATE TABLE IF NOT EXISTS indexed_events (
  -- No key constraint: every batch is checked set-wise against it (a join over the staged ids), and inserts stay appends.
  event_id UUID NOT NULL,
  child_key VARCHAR NOT NULL,
  type VARCHAR NOT NULL,
  occurred_at DATE NOT NULL,
  content_hash VARCHAR NOT NULL
);
-- Per child, what chronology checks need (see KnownChild in @careledger/events).
CREATE TABLE IF NOT EXISTS indexed_children (
  child_key VARCHAR PRIMARY KEY,
  date_of_birth DATE,
  earliest_care_date DATE,
  earliest_care_start DATE
);
-- The next log offset the index has read, per partition; a partition missing is read from 0.
CREATE TABLE IF NOT EXISTS index_offsets (
  log_partition INTEGER PRIMARY KEY,
  next_offset BIGINT NOT NULL
);
-- Refused records already dead-lettered, for stores that cannot tell themselves (a Kafka topic).
CREATE TABLE IF NOT EXISTS dead_letter_hashes (
  content_hash VARCHAR PRIMARY KEY
);
