-- Every child looked after during the period is in the denominator (DfE, anchors 2.5); those with an away (A)
-- incident that started in the period or was carried over into it are in the numerator (anchors 2.8).
SELECT child_id, away_incidents > 0 OR away_carried_over AS in_numerator, true AS in_denominator,
       first_episode_started, away_incidents, away_carried_over
FROM cohort
ORDER BY child_id
