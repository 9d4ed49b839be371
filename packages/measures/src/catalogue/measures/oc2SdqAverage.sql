-- The average SDQ score of the OC2 cohort aged 5 to 16 with one (cohorts/oc2Outcomes.sql); age at the year's end.
SELECT child_id, coalesce((age BETWEEN 5 AND 16 AND sdq_score IS NOT NULL) , false) AS in_numerator, coalesce(age BETWEEN 5 AND 16 AND sdq_score IS NOT NULL, false) AS in_denominator,
       age, health_assessment, teeth_check, immunisations, development_assessment, sdq_score, convicted, substance_misuse
FROM cohort
ORDER BY child_id
