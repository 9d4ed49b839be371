-- The local reading of long-term stability some councils report: as DfE's (longTermStability.sql), for children of
-- any age under 18, not only those under 16.
SELECT child_id,
       coalesce(age < 18, false) AND in_care_2_5_years AND same_carers_2_years AS in_numerator,
       coalesce(age < 18, false) AND in_care_2_5_years AS in_denominator,
       age, strftime(period_started, '%Y-%m-%d') AS period_started, strftime(carer_since, '%Y-%m-%d') AS carer_since, placement_type
FROM cohort
ORDER BY child_id
