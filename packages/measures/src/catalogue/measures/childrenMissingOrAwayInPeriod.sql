-- A child is in the figure when a missing (M) or away (A) incident of theirs started in the period or was carried
-- over into it: each child once, however many incidents of either type (DfE warns that councils differ in what
-- they record as away and what as missing; this reading does not depend on it).
SELECT child_id, true AS in_numerator, false AS in_denominator,
       missing_incidents, away_incidents, missing_carried_over OR away_carried_over AS carried_over
FROM cohort
WHERE missing_incidents > 0 OR away_incidents > 0 OR missing_carried_over OR away_carried_over
ORDER BY child_id
