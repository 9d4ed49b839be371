-- rule 182
-- message: Data entries on immunisations, teeth checks, health assessments and substance misuse problem identified should be completed or all OC2 fields should be left blank.
-- fields: CONVICTED, HEALTH_ASSESSMENT, HEALTH_CHECK, IMMUNISATIONS, INTERVENTION_OFFERED, INTERVENTION_RECEIVED, SUBSTANCE_MISUSE, TEETH_CHECK
-- tables: OC2
-- Once any OC2 item is given, the four core items must all be. The reference validator only fails when one of the
-- other four (CONVICTED, HEALTH_CHECK, the interventions) is given; careledger follows the message, so a row with,
-- say, immunisations alone also fails.
-- from 2023-24
SELECT 'OC2' AS table_name, row_no, CHILD AS child FROM oc2
WHERE (IMMUNISATIONS IS NULL OR TEETH_CHECK IS NULL OR HEALTH_ASSESSMENT IS NULL OR SUBSTANCE_MISUSE IS NULL)
  AND (CONVICTED IS NOT NULL OR HEALTH_CHECK IS NOT NULL OR IMMUNISATIONS IS NOT NULL OR TEETH_CHECK IS NOT NULL
       OR HEALTH_ASSESSMENT IS NOT NULL OR SUBSTANCE_MISUSE IS NOT NULL OR INTERVENTION_RECEIVED IS NOT NULL
       OR INTERVENTION_OFFERED IS NOT NULL)
