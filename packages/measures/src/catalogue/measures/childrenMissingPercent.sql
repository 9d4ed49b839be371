-- Every child looked after during the period is in the denominator (DfE, anchors 2.5); those with a missing (M)
-- incident that started in the period or was carried over into it are in the numerator (anchors 2.8).
SELECT child_id, missing_incidents > 0 OR missing_carried_over AS in_numerator, true AS in_denominator,
       first_episode_started, missing_incidents, missing_carried_over
FROM cohort
ORDER BY child_id
