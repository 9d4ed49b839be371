-- DfE long-term stability (LAIT 393, NI 063): of the children looked after at $periodEnd aged under 16, looked after
-- continuously for at least two and a half years, those who have lived with the same carers for at least two years
-- (the inCareWithPlacementAt cohort says how continuous care and the time with the same carers are counted,
-- the adoptive placement with the one before it included).
SELECT child_id,
       coalesce(age < 16, false) AND in_care_2_5_years AND same_carers_2_years AS in_numerator,
       coalesce(age < 16, false) AND in_care_2_5_years AS in_denominator,
       age, strftime(period_started, '%Y-%m-%d') AS period_started, strftime(carer_since, '%Y-%m-%d') AS carer_since, placement_type
FROM cohort
ORDER BY child_id
