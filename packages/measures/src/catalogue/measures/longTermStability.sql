-- DfE long-term stability (LAIT 393): of the children looked after at $periodEnd aged under 16, looked after
-- continuously for at least two and a half years, those who have lived with the same carers for at least two years
-- (cohorts/inCareWithPlacementAt.sql says how the time with the same carers is counted).
SELECT child_id,
       coalesce(age < 16 AND period_started <= CAST(CAST($periodEnd AS DATE) - INTERVAL 30 MONTH AS DATE)
         AND carer_since <= CAST(CAST($periodEnd AS DATE) - INTERVAL 2 YEAR AS DATE), false) AS in_numerator,
       coalesce(age < 16 AND period_started <= CAST(CAST($periodEnd AS DATE) - INTERVAL 30 MONTH AS DATE), false) AS in_denominator,
       age, strftime(period_started, '%Y-%m-%d') AS period_started, strftime(carer_since, '%Y-%m-%d') AS carer_since, placement_type
FROM cohort
ORDER BY child_id
