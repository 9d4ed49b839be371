-- rule 181
-- message: Data items relating to children looked after continuously for 12 months should be completed with a 0 or 1.
-- fields: CONVICTED, HEALTH_ASSESSMENT, HEALTH_CHECK, IMMUNISATIONS, INTERVENTION_OFFERED, INTERVENTION_RECEIVED, SUBSTANCE_MISUSE, TEETH_CHECK
-- tables: OC2
-- Blank items are the completeness rules' matter; a given item must be 0 or 1.
-- from 2023-24
SELECT 'OC2' AS table_name, row_no, CHILD AS child FROM oc2
WHERE coalesce(CONVICTED, '0') NOT IN ('0', '1') OR coalesce(HEALTH_CHECK, '0') NOT IN ('0', '1')
   OR coalesce(IMMUNISATIONS, '0') NOT IN ('0', '1') OR coalesce(TEETH_CHECK, '0') NOT IN ('0', '1')
   OR coalesce(HEALTH_ASSESSMENT, '0') NOT IN ('0', '1') OR coalesce(SUBSTANCE_MISUSE, '0') NOT IN ('0', '1')
   OR coalesce(INTERVENTION_RECEIVED, '0') NOT IN ('0', '1') OR coalesce(INTERVENTION_OFFERED, '0') NOT IN ('0', '1')
