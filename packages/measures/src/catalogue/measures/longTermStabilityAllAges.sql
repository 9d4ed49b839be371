-- The local reading of long-term stability some councils report: as DfE's (longTermStability.sql), without the age
-- limit: every child looked after continuously for at least two and a half years.
SELECT child_id,
       coalesce(period_started <= CAST(CAST($periodEnd AS DATE) - INTERVAL 30 MONTH AS DATE)
         AND carer_since <= CAST(CAST($periodEnd AS DATE) - INTERVAL 2 YEAR AS DATE), false) AS in_numerator,
       coalesce(period_started <= CAST(CAST($periodEnd AS DATE) - INTERVAL 30 MONTH AS DATE), false) AS in_denominator,
       age, strftime(period_started, '%Y-%m-%d') AS period_started, strftime(carer_since, '%Y-%m-%d') AS carer_since, placement_type
FROM cohort
ORDER BY child_id
