-- Thurrock's long-term stability (T-11): "looked after children under the age of 16 [who] have been in the same
-- placement for more than 2 years", without DfE's condition of two and a half years' continuous care: every child
-- looked after at $periodEnd under 16 is in the denominator, however recently they came into care.
SELECT child_id,
       coalesce(age < 16, false) AND same_carers_2_years AS in_numerator,
       coalesce(age < 16, false) AS in_denominator,
       age, strftime(period_started, '%Y-%m-%d') AS period_started, strftime(carer_since, '%Y-%m-%d') AS carer_since, placement_type
FROM cohort
ORDER BY child_id
