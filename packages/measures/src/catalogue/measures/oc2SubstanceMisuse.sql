-- Children in care 12 months identified as having a substance misuse problem: the OC2 cohort's own columns (cohorts/oc2Outcomes.sql); age at the year's end.
SELECT child_id, coalesce((true) AND (substance_misuse = '1'), false) AS in_numerator, coalesce(true, false) AS in_denominator,
       age, health_assessment, teeth_check, immunisations, development_assessment, sdq_score, convicted, substance_misuse
FROM cohort
ORDER BY child_id
