-- Children in care 12 months whose SDQ score is a cause for concern (17 or more): the OC2 cohort's own columns (cohorts/oc2Outcomes.sql); age at the year's end.
SELECT child_id, coalesce((age BETWEEN 5 AND 16 AND sdq_score IS NOT NULL) AND (sdq_score >= 17), false) AS in_numerator, coalesce(age BETWEEN 5 AND 16 AND sdq_score IS NOT NULL, false) AS in_denominator,
       age, health_assessment, teeth_check, immunisations, development_assessment, sdq_score, convicted, substance_misuse
FROM cohort
ORDER BY child_id
