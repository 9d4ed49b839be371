-- The OC2 table of the period (oc2_return: packages/ssda903/src/return/oc2.sql, run over the period) in the names
-- the measures use, with each child's age on the year's last day.
SELECT "CHILD" AS child_id, CAST(date_sub('year', CAST("DOB" AS DATE), CAST($periodEnd AS DATE)) AS INTEGER) AS age,
       "HEALTH_ASSESSMENT" AS health_assessment, "TEETH_CHECK" AS teeth_check, "IMMUNISATIONS" AS immunisations,
       "HEALTH_CHECK" AS development_assessment, CAST("SDQ_SCORE" AS INTEGER) AS sdq_score, "CONVICTED" AS convicted,
       "SUBSTANCE_MISUSE" AS substance_misuse
FROM oc2_return
