/**
 * DuckDB projection schema. `events` keeps every accepted event flattened to columns (a fact's content, or for a
 * replacement the corrected content), so projections are re-derived per child in SQL. `child_key` is
 * 'laCode:childId', the same key that partitions the log.
 */
export const PROJECTION_DDL: readonly string[] = [
  `CREATE TABLE IF NOT EXISTS events (
    event_id VARCHAR PRIMARY KEY,
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
    sex VARCHAR, date_of_birth DATE, ethnicity VARCHAR, upn VARCHAR, is_mother BOOLEAN, childs_dob DATE,
    uasc BOOLEAN, uasc_ceased DATE,
    legal_status VARCHAR, category_of_need VARCHAR, placement_type VARCHAR, placement_provider VARCHAR,
    placement_postcode VARCHAR, urn VARCHAR, home_postcode VARCHAR, reason_for_change VARCHAR, same_carer BOOLEAN,
    reason_ceased VARCHAR, participation VARCHAR, missing_episode_id VARCHAR, missing_type VARCHAR
  )`,
  `CREATE TABLE IF NOT EXISTS children (
    child_key VARCHAR PRIMARY KEY, la_code VARCHAR NOT NULL, child_id VARCHAR NOT NULL,
    sex VARCHAR, date_of_birth DATE, ethnicity VARCHAR, upn VARCHAR, is_mother BOOLEAN, childs_dob DATE,
    uasc BOOLEAN, uasc_ceased DATE
  )`,
  `CREATE TABLE IF NOT EXISTS episodes (
    child_key VARCHAR NOT NULL, la_code VARCHAR NOT NULL, child_id VARCHAR NOT NULL,
    period_no INTEGER NOT NULL, episode_no INTEGER NOT NULL,
    decom DATE NOT NULL, rne VARCHAR NOT NULL, ls VARCHAR, cin VARCHAR, place VARCHAR, place_provider VARCHAR,
    dec DATE, rec VARCHAR, reason_place_change VARCHAR, home_post VARCHAR, pl_post VARCHAR, urn VARCHAR
  )`,
  `CREATE TABLE IF NOT EXISTS reviews (
    child_key VARCHAR NOT NULL, la_code VARCHAR NOT NULL, child_id VARCHAR NOT NULL,
    review_date DATE NOT NULL, review_code VARCHAR NOT NULL, event_id VARCHAR NOT NULL
  )`,
  `CREATE TABLE IF NOT EXISTS missing_episodes (
    child_key VARCHAR NOT NULL, la_code VARCHAR NOT NULL, child_id VARCHAR NOT NULL,
    missing_episode_id VARCHAR NOT NULL, missing_type VARCHAR NOT NULL, mis_start DATE NOT NULL, mis_end DATE
  )`,
  `CREATE TABLE IF NOT EXISTS data_quality_issues (
    child_key VARCHAR NOT NULL, la_code VARCHAR NOT NULL, child_id VARCHAR NOT NULL,
    event_id VARCHAR, field VARCHAR NOT NULL, reason VARCHAR NOT NULL
  )`,
  `CREATE TABLE IF NOT EXISTS dirty_children (child_key VARCHAR PRIMARY KEY)`,
  `CREATE TABLE IF NOT EXISTS projector_offsets (
    consumer VARCHAR NOT NULL, log_partition INTEGER NOT NULL, next_offset BIGINT NOT NULL,
    PRIMARY KEY (consumer, log_partition)
  )`,
];

/** Staging for one fold batch: every column as text, cast once in SQL. */
export const STAGING_COLUMNS = [
  'event_id', 'log_partition', 'log_offset', 'type', 'la_code', 'child_id', 'occurred_at', 'recorded_at', 'source',
  'target_event_id', 'correction_reason', 'fact_type', 'fact_date',
  'sex', 'date_of_birth', 'ethnicity', 'upn', 'is_mother', 'childs_dob', 'uasc', 'uasc_ceased',
  'legal_status', 'category_of_need', 'placement_type', 'placement_provider', 'placement_postcode', 'urn',
  'home_postcode', 'reason_for_change', 'same_carer', 'reason_ceased', 'participation', 'missing_episode_id',
  'missing_type',
] as const;

export type StagingColumn = (typeof STAGING_COLUMNS)[number];

export const STAGING_DDL = `CREATE TEMP TABLE IF NOT EXISTS staging (${STAGING_COLUMNS.map((c) => `${c} VARCHAR`).join(', ')})`;

const TYPED: Partial<Record<StagingColumn, string>> = {
  log_partition: 'INTEGER', log_offset: 'BIGINT', occurred_at: 'DATE', fact_date: 'DATE', date_of_birth: 'DATE',
  childs_dob: 'DATE', uasc_ceased: 'DATE', is_mother: 'BOOLEAN', uasc: 'BOOLEAN', same_carer: 'BOOLEAN',
};

/** Moves a batch from staging into `events` (first copy of an event id wins) and marks its children dirty. */
export const STAGING_TO_EVENTS: readonly string[] = [
  `INSERT OR IGNORE INTO events (${['child_key', ...STAGING_COLUMNS].join(', ')})
   SELECT la_code || ':' || child_id, ${STAGING_COLUMNS.map((c) => (TYPED[c] ? `CAST(${c} AS ${TYPED[c]})` : c)).join(', ')}
   FROM staging
   QUALIFY row_number() OVER (PARTITION BY event_id ORDER BY CAST(log_partition AS INTEGER), CAST(log_offset AS BIGINT)) = 1`,
  `INSERT OR IGNORE INTO dirty_children SELECT DISTINCT la_code || ':' || child_id FROM staging`,
  `DELETE FROM staging`,
];
