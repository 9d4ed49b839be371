-- DuckDB projection tables, generated from packages/projections/src/storage/store.sql and packages/ssda903/src/derive/*.sql (pnpm schemas)

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

CREATE TABLE dirty_children (child_key VARCHAR PRIMARY KEY);

CREATE TABLE validation_pending (child_key VARCHAR PRIMARY KEY);

CREATE TABLE projector_offsets (
  consumer VARCHAR NOT NULL, log_partition INTEGER NOT NULL, next_offset BIGINT NOT NULL,
  PRIMARY KEY (consumer, log_partition)
);

CREATE TABLE projection_schema (hash VARCHAR NOT NULL, tables VARCHAR[] NOT NULL);

CREATE TABLE validation_issues (
  la_code VARCHAR NOT NULL, collection_year VARCHAR NOT NULL, rule VARCHAR NOT NULL, child_id VARCHAR NOT NULL,
  table_name VARCHAR NOT NULL, message VARCHAR NOT NULL, row_count INTEGER NOT NULL, first_seen VARCHAR NOT NULL,
  resolved_at VARCHAR
);

CREATE TABLE children (
  child_key VARCHAR NOT NULL, la_code VARCHAR NOT NULL, child_id VARCHAR NOT NULL,
  sex VARCHAR, date_of_birth DATE, ethnicity VARCHAR, upn VARCHAR, is_mother BOOLEAN, childs_dob DATE,
  uasc BOOLEAN, uasc_ceased DATE
);

CREATE TABLE child_details (
  child_key VARCHAR NOT NULL, la_code VARCHAR NOT NULL, child_id VARCHAR NOT NULL, event_id VARCHAR NOT NULL,
  fact_date DATE NOT NULL, log_partition INTEGER NOT NULL, log_offset BIGINT NOT NULL,
  sex VARCHAR, date_of_birth DATE, ethnicity VARCHAR, upn VARCHAR, is_mother BOOLEAN, childs_dob DATE,
  uasc BOOLEAN, uasc_ceased DATE, uasc_ends DATE
);

CREATE TABLE reviews (
  child_key VARCHAR NOT NULL, la_code VARCHAR NOT NULL, child_id VARCHAR NOT NULL,
  review_date DATE NOT NULL, review_code VARCHAR, chaired_by_child BOOLEAN, event_id VARCHAR NOT NULL
);

CREATE TABLE missing_episodes (
  child_key VARCHAR NOT NULL, la_code VARCHAR NOT NULL, child_id VARCHAR NOT NULL,
  missing_episode_id VARCHAR NOT NULL, missing_type VARCHAR NOT NULL, mis_start DATE NOT NULL, mis_end DATE
);

CREATE TABLE episodes (
  child_key VARCHAR NOT NULL, la_code VARCHAR NOT NULL, child_id VARCHAR NOT NULL,
  period_no INTEGER NOT NULL, episode_no INTEGER NOT NULL,
  decom DATE NOT NULL, rne VARCHAR NOT NULL, ls VARCHAR, cin VARCHAR, place VARCHAR, place_provider VARCHAR,
  dec DATE, rec VARCHAR, reason_place_change VARCHAR, home_post VARCHAR, pl_post VARCHAR, urn VARCHAR,
  placement_distance_miles DOUBLE
);

CREATE TABLE placements (
  child_key VARCHAR NOT NULL, la_code VARCHAR NOT NULL, child_id VARCHAR NOT NULL,
  period_no INTEGER NOT NULL, placement_no INTEGER NOT NULL, started_on DATE NOT NULL, ended_on DATE,
  rne VARCHAR NOT NULL, ls VARCHAR, place VARCHAR, carer_since DATE NOT NULL, previous_carer_since DATE,
  carer_first_place VARCHAR, lasted_a_day BOOLEAN NOT NULL
);

CREATE TABLE placement_reclassifications (
  child_key VARCHAR NOT NULL, la_code VARCHAR NOT NULL, child_id VARCHAR NOT NULL, event_id VARCHAR NOT NULL,
  decom DATE NOT NULL, reclassified_on DATE NOT NULL, place VARCHAR NOT NULL,
  log_partition INTEGER NOT NULL, log_offset BIGINT NOT NULL
);

CREATE TABLE health_outcomes (
  child_key VARCHAR NOT NULL, la_code VARCHAR NOT NULL, child_id VARCHAR NOT NULL,
  outcome VARCHAR NOT NULL, outcome_date DATE NOT NULL,
  immunisations_up_to_date BOOLEAN, sdq_score INTEGER, sdq_reason VARCHAR, offence_outcome VARCHAR,
  intervention_received BOOLEAN, intervention_offered_but_refused BOOLEAN,
  log_partition INTEGER NOT NULL, log_offset BIGINT NOT NULL, event_id VARCHAR NOT NULL
);

CREATE TABLE care_leaver_contacts (
  child_key VARCHAR NOT NULL, la_code VARCHAR NOT NULL, child_id VARCHAR NOT NULL,
  contact_date DATE NOT NULL, in_touch VARCHAR NOT NULL, activity VARCHAR NOT NULL, accommodation VARCHAR NOT NULL,
  log_partition INTEGER NOT NULL, log_offset BIGINT NOT NULL, event_id VARCHAR NOT NULL
);

CREATE TABLE care_leaver_birthdays (
  child_key VARCHAR NOT NULL, la_code VARCHAR NOT NULL, child_id VARCHAR NOT NULL,
  age INTEGER NOT NULL, birthday DATE NOT NULL, contact_from DATE NOT NULL, contact_to DATE NOT NULL
);

CREATE TABLE adoption_decisions (
  child_key VARCHAR NOT NULL, la_code VARCHAR NOT NULL, child_id VARCHAR NOT NULL,
  decision_date DATE NOT NULL, reversed_on DATE, reversal_reason VARCHAR, adopted_on DATE, event_id VARCHAR NOT NULL
);

CREATE TABLE adoption_matches (
  child_key VARCHAR NOT NULL, la_code VARCHAR NOT NULL, child_id VARCHAR NOT NULL,
  match_date DATE NOT NULL, number_of_adopters INTEGER NOT NULL, adopters_sex VARCHAR NOT NULL,
  adopters_legal_status VARCHAR NOT NULL, foster_carers_adopting BOOLEAN NOT NULL,
  log_partition INTEGER NOT NULL, log_offset BIGINT NOT NULL, event_id VARCHAR NOT NULL
);

CREATE TABLE previous_permanence (
  child_key VARCHAR NOT NULL, la_code VARCHAR NOT NULL, child_id VARCHAR NOT NULL,
  period_no INTEGER NOT NULL, period_start DATE NOT NULL, recorded_on DATE NOT NULL,
  previous_permanence VARCHAR NOT NULL, la_of_permanence VARCHAR, date_of_permanence VARCHAR, event_id VARCHAR NOT NULL
);

CREATE TABLE social_worker_episodes (
  child_key VARCHAR NOT NULL, la_code VARCHAR NOT NULL, child_id VARCHAR NOT NULL,
  social_worker_id VARCHAR NOT NULL, sw_decom DATE NOT NULL, sw_dec DATE, sw_reason VARCHAR, event_id VARCHAR NOT NULL
);

CREATE TABLE deprivation_of_liberty_orders (
  child_key VARCHAR NOT NULL, la_code VARCHAR NOT NULL, child_id VARCHAR NOT NULL,
  order_id VARCHAR NOT NULL, dolo_start DATE NOT NULL, order_ended DATE, dolo_end DATE, event_id VARCHAR NOT NULL
);

CREATE TABLE data_quality_issues (
  child_key VARCHAR NOT NULL, la_code VARCHAR NOT NULL, child_id VARCHAR NOT NULL,
  event_id VARCHAR, field VARCHAR NOT NULL, reason VARCHAR NOT NULL
);
