-- Children aged 10 to 17 in care 12 months convicted or given a youth caution: the OC2 cohort's own columns (cohorts/oc2Outcomes.sql); age at the year's end.
SELECT child_id, coalesce((convicted IS NOT NULL) AND (convicted = '1'), false) AS in_numerator, coalesce(convicted IS NOT NULL, false) AS in_denominator,
       age, health_assessment, teeth_check, immunisations, development_assessment, sdq_score, convicted, substance_misuse
FROM cohort
ORDER BY child_id
