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

-- Children derived since the continuous DfE validation last checked them: kept with the derive, so a check that a
-- crash, a rebalance or a busy partition put off is still owed (and run by whichever process holds the store next).
CREATE TABLE validation_pending (child_key VARCHAR PRIMARY KEY);

-- Each consumer's next offset per log partition, committed with the batch it follows.
CREATE TABLE projector_offsets (
  consumer VARCHAR NOT NULL, log_partition INTEGER NOT NULL, next_offset BIGINT NOT NULL,
  PRIMARY KEY (consumer, log_partition)
);

-- The hash of the projection schema that built this file, and the tables it made (so a later version can drop
-- them even if it no longer knows them).
CREATE TABLE projection_schema (hash VARCHAR NOT NULL, tables VARCHAR[] NOT NULL);

-- The DfE validation issues of each LA's current-year 903, as the projector found them after deriving children:
-- one row per rule, child and table, open until a later check of the child no longer finds it (resolved_at).
-- Instants are ISO text, as recorded_at is.
CREATE TABLE validation_issues (
  la_code VARCHAR NOT NULL, collection_year VARCHAR NOT NULL, rule VARCHAR NOT NULL, child_id VARCHAR NOT NULL,
  table_name VARCHAR NOT NULL, message VARCHAR NOT NULL, row_count INTEGER NOT NULL, first_seen VARCHAR NOT NULL,
  resolved_at VARCHAR
);
