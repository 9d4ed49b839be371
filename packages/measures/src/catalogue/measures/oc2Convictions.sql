-- Children aged 10 to 17 in care 12 months convicted or given a youth caution: the OC2 cohort's own columns (cohort: the 903 OC2 select); age at the year's end.
SELECT child_id, coalesce((convicted IS NOT NULL) AND (convicted = '1'), false) AS in_numerator, coalesce(convicted IS NOT NULL, false) AS in_denominator,
       age, health_assessment, teeth_check, immunisations, development_assessment, sdq_score, convicted, substance_misuse
FROM (SELECT "CHILD" AS child_id, CAST(date_sub('year', CAST("DOB" AS DATE), CAST($periodEnd AS DATE)) AS INTEGER) AS age,
             "HEALTH_ASSESSMENT" AS health_assessment, "TEETH_CHECK" AS teeth_check, "IMMUNISATIONS" AS immunisations,
             "HEALTH_CHECK" AS development_assessment, CAST("SDQ_SCORE" AS INTEGER) AS sdq_score, "CONVICTED" AS convicted,
             "SUBSTANCE_MISUSE" AS substance_misuse
      FROM cohort)
ORDER BY child_id
