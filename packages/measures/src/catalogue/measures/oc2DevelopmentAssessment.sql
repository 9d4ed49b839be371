-- Children under 5 in care 12 months with development assessments up to date: the OC2 cohort's own columns (cohorts/oc2Outcomes.sql); age at the year's end.
SELECT child_id, coalesce((development_assessment IS NOT NULL) AND (development_assessment = '1'), false) AS in_numerator, coalesce(development_assessment IS NOT NULL, false) AS in_denominator,
       age, health_assessment, teeth_check, immunisations, development_assessment, sdq_score, convicted, substance_misuse
FROM cohort
ORDER BY child_id
