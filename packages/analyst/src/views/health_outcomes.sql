-- view: health_outcomes
-- about: One row per health or outcome fact recorded (checks, assessments, SDQ scores, offences, substance misuse):
-- about: what the 903's OC2 table is counted from.
-- column la_code: The LA's DfE code.
-- column child_id [child]: The LA's id for the child.
-- column outcome: What was recorded (for example dental_check, health_assessment, sdq, offence, substance_misuse).
-- column outcome_date: The day of the fact.
-- column immunisations_up_to_date: For an immunisations review, whether they were up to date.
-- column sdq_score: The SDQ score, for an SDQ.
-- column sdq_reason: 903 SDQ_REASON, when no score was given.
-- column offence_outcome: For an offence, its outcome.
-- column intervention_received: For substance misuse, whether an intervention was received.
-- column intervention_offered_but_refused: For substance misuse, whether one was offered and refused.
SELECT la_code, child_id, outcome, outcome_date, immunisations_up_to_date, sdq_score, sdq_reason, offence_outcome,
       intervention_received, intervention_offered_but_refused
FROM health_outcomes
WHERE la_code = $laCode
