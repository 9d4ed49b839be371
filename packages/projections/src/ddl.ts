/**
 * DuckDB projection schema. `events` keeps every accepted event flattened to columns (a fact's content, or for a
 * replacement the corrected content), so projections are re-derived per child in SQL. `child_key` is
 * 'laCode:childId', the same key that partitions the log.
 */
export const PROJECTION_DDL: readonly string[] = [
  `CREATE TABLE IF NOT EXISTS events (
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
    sex VARCHAR, date_of_birth DATE, ethnicity VARCHAR, upn VARCHAR, is_mother BOOLEAN, childs_dob DATE,
    uasc BOOLEAN, uasc_ceased DATE,
    legal_status VARCHAR, category_of_need VARCHAR, placement_type VARCHAR, placement_provider VARCHAR,
    placement_postcode VARCHAR, urn VARCHAR, home_postcode VARCHAR, reason_for_change VARCHAR, same_carer BOOLEAN,
    reason_ceased VARCHAR, participation VARCHAR, missing_episode_id VARCHAR, missing_type VARCHAR
  )`,
  `CREATE TABLE IF NOT EXISTS children (
    child_key VARCHAR NOT NULL, la_code VARCHAR NOT NULL, child_id VARCHAR NOT NULL,
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

/**
 * Staging for one fold batch: the log position and the event's JSON as it is in the log. DuckDB extracts the
 * columns itself, which is far cheaper than building them in JavaScript.
 */
export const STAGING_DDL = 'CREATE TEMP TABLE IF NOT EXISTS staging (log_partition INTEGER, log_offset BIGINT, event_id VARCHAR, child_key VARCHAR, body VARCHAR)';

const FACT_FIELDS: readonly [column: string, field: string, type?: string][] = [
  ['sex', 'sex'], ['date_of_birth', 'dateOfBirth', 'DATE'], ['ethnicity', 'ethnicity'], ['upn', 'upn'],
  ['is_mother', 'isMother', 'BOOLEAN'], ['childs_dob', 'childsDateOfBirth', 'DATE'], ['uasc', 'uasc', 'BOOLEAN'],
  ['uasc_ceased', 'uascCeasedDate', 'DATE'], ['legal_status', 'legalStatus'], ['category_of_need', 'categoryOfNeed'],
  ['placement_type', 'placementType'], ['placement_provider', 'placementProvider'],
  ['placement_postcode', 'placementPostcode'], ['urn', 'urn'], ['home_postcode', 'homePostcode'],
  ['reason_for_change', 'reasonForChange'], ['same_carer', 'sameCarer', 'BOOLEAN'], ['reason_ceased', 'reasonCeased'],
  ['participation', 'participation'], ['missing_episode_id', 'missingEpisodeId'], ['missing_type', 'missingType'],
];

const payloadShape = Object.fromEntries(FACT_FIELDS.map(([, field, type]) => [field, type === 'BOOLEAN' ? 'BOOLEAN' : 'VARCHAR']));
/** The event's JSON shape for DuckDB's from_json: one parse per event, then plain struct field access. */
const EVENT_SHAPE = JSON.stringify({
  eventId: 'VARCHAR', type: 'VARCHAR', laCode: 'VARCHAR', childId: 'VARCHAR', occurredAt: 'VARCHAR', recordedAt: 'VARCHAR',
  source: 'VARCHAR',
  payload: { ...payloadShape, targetEventId: 'VARCHAR', reason: 'VARCHAR', replacement: { type: 'VARCHAR', occurredAt: 'VARCHAR', payload: payloadShape } },
});

const fact = (field: string, type?: string) => {
  const value = `CASE WHEN e.type = 'EventReplaced' THEN e.payload.replacement.payload.${field} ELSE e.payload.${field} END`;
  return type && type !== 'BOOLEAN' ? `CAST(${value} AS ${type})` : value;
};

/**
 * Moves a batch from staging into `events` and marks its children dirty. An event id already stored is ignored (an
 * anti-join, cheaper than a primary-key index on a million ids); `stage` keeps only the first copy within a batch.
 */
export const STAGING_TO_EVENTS: readonly string[] = [
  `INSERT INTO events (event_id, log_partition, log_offset, type, child_key, la_code, child_id, occurred_at,
     recorded_at, source, target_event_id, correction_reason, fact_type, fact_date, ${FACT_FIELDS.map(([c]) => c).join(', ')})
   SELECT e.eventId, log_partition, log_offset, e.type, e.laCode || ':' || e.childId, e.laCode, e.childId, CAST(e.occurredAt AS DATE),
     e.recordedAt, e.source, e.payload.targetEventId, e.payload.reason,
     CASE e.type WHEN 'EventReplaced' THEN e.payload.replacement.type WHEN 'EventRetracted' THEN NULL ELSE e.type END,
     CASE e.type WHEN 'EventReplaced' THEN CAST(e.payload.replacement.occurredAt AS DATE) WHEN 'EventRetracted' THEN NULL ELSE CAST(e.occurredAt AS DATE) END,
     ${FACT_FIELDS.map(([, field, type]) => fact(field, type)).join(',\n     ')}
   FROM (SELECT log_partition, log_offset, from_json(body, '${EVENT_SHAPE}') AS e
         FROM staging s ANTI JOIN events k ON k.event_id = s.event_id)`,
  `INSERT OR IGNORE INTO dirty_children SELECT DISTINCT child_key FROM staging`,
  `DELETE FROM staging`,
];
