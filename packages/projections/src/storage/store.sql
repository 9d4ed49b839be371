-- How accepted events are kept: the envelope and correction columns, and the fact's payload as JSON text (for an
-- EventReplaced, the replacement's type, date and payload), so ~20 event types never become one wide table of
-- mostly-NULL columns. Typed columns per fact type come from the fact views. child_key is 'laCode:childId', the key
-- that partitions the log.
CREATE TABLE events (
  event_id VARCHAR NOT NULL,
  log_partition INTEGER NOT NULL,
  log_offset BIGINT NOT NULL,
  type VARCHAR NOT NULL,
  child_key VARCHAR NOT NULL,
  la_code VARCHAR NOT NULL,
  child_id VARCHAR NOT NULL,
  occurred_at DATE NOT NULL,
  recorded_at VARCHAR NOT NULL,
  source VARCHAR NOT NULL,
  target_event_id VARCHAR,
  correction_reason VARCHAR,
  fact_type VARCHAR,
  fact_date DATE,
  fact_payload VARCHAR
);

-- Children whose events changed since their projections were last derived.
CREATE TABLE dirty_children (child_key VARCHAR PRIMARY KEY);

-- Each consumer's next offset per log partition, committed with the batch it follows.
CREATE TABLE projector_offsets (
  consumer VARCHAR NOT NULL, log_partition INTEGER NOT NULL, next_offset BIGINT NOT NULL,
  PRIMARY KEY (consumer, log_partition)
);

-- The hash of the projection schema that built this file, and the tables it made (so a later version can drop
-- them even if it no longer knows them).
CREATE TABLE projection_schema (hash VARCHAR NOT NULL, tables VARCHAR[] NOT NULL);
