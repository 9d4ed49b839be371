-- Each incident that started in the period is one in the figure (DfE counts incidents in the year by their start;
-- one carried over from before the period was counted in the period it started). Missing (M) and away (A) both,
-- told apart by missing_type. cohorts/missingIncidents.sql states which incidents are a looked-after child's.
SELECT child_id, record_id, true AS in_numerator, false AS in_denominator,
       missing_type, mis_start, mis_end, place, age_at_start, age_group
FROM cohort
WHERE started_in_period
ORDER BY record_id
