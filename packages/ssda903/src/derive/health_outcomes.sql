-- The OC2 facts, one row per fact with its date: health assessments, dental checks and development assessments
-- (outcome = the check), initial health assessments requested and carried out ('iha_requested', 'iha_completed':
-- the LA's request to health, then the assessment itself, which OC2 counts as a health assessment), immunisation
-- reviews, SDQs, offences (a conviction or youth caution) and substance misuse identified. Which year a fact counts
-- for, and which of several counts, is the return's question (return/oc2.sql).
CREATE TABLE health_outcomes (
  child_key VARCHAR NOT NULL, la_code VARCHAR NOT NULL, child_id VARCHAR NOT NULL,
  outcome VARCHAR NOT NULL, outcome_date DATE NOT NULL,
  immunisations_up_to_date BOOLEAN, sdq_score INTEGER, sdq_reason VARCHAR, offence_outcome VARCHAR,
  intervention_received BOOLEAN, intervention_offered_but_refused BOOLEAN,
  log_partition INTEGER NOT NULL, log_offset BIGINT NOT NULL, event_id VARCHAR NOT NULL
);

DELETE FROM health_outcomes WHERE child_key IN (SELECT child_key FROM dirty_children);

INSERT INTO health_outcomes BY NAME
SELECT child_key, la_code, child_id, "check" AS outcome, fact_date AS outcome_date, log_partition, log_offset, event_id
FROM fact_health_check_completed
UNION ALL BY NAME
SELECT child_key, la_code, child_id, 'iha_requested' AS outcome, fact_date AS outcome_date, log_partition, log_offset, event_id
FROM fact_initial_health_assessment_requested
UNION ALL BY NAME
SELECT child_key, la_code, child_id, 'iha_completed' AS outcome, fact_date AS outcome_date, log_partition, log_offset, event_id
FROM fact_initial_health_assessment_completed
UNION ALL BY NAME
SELECT child_key, la_code, child_id, 'immunisations' AS outcome, fact_date AS outcome_date,
       up_to_date AS immunisations_up_to_date, log_partition, log_offset, event_id
FROM fact_immunisations_reviewed
UNION ALL BY NAME
SELECT child_key, la_code, child_id, 'sdq' AS outcome, fact_date AS outcome_date, score AS sdq_score,
       reason_not_completed AS sdq_reason, log_partition, log_offset, event_id
FROM fact_sdq_recorded
UNION ALL BY NAME
SELECT child_key, la_code, child_id, 'offence' AS outcome, fact_date AS outcome_date, outcome AS offence_outcome,
       log_partition, log_offset, event_id
FROM fact_offence_recorded
UNION ALL BY NAME
SELECT child_key, la_code, child_id, 'substance_misuse' AS outcome, fact_date AS outcome_date, intervention_received,
       intervention_offered_but_refused, log_partition, log_offset, event_id
FROM fact_substance_misuse_identified;
