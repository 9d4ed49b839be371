-- rule 190
-- message: Child has not been looked after continuously for at least 12 months at 31 March but one or more data items relating to children looked after for 12 months have been completed.
-- fields: CONVICTED, HEALTH_ASSESSMENT, HEALTH_CHECK, IMMUNISATIONS, INTERVENTION_OFFERED, INTERVENTION_RECEIVED, SUBSTANCE_MISUSE, TEETH_CHECK
-- tables: Episodes, OC2
-- Looked after continuously for 12 months at 31 March (cla) as the DfE counts it: lookedAfter12Months.sql.
-- from 2023-24
WITH cla AS (SELECT CHILD FROM looked_after_12_months)
SELECT 'OC2' AS table_name, row_no, CHILD AS child FROM oc2
WHERE NOT EXISTS (SELECT 1 FROM cla WHERE cla.CHILD = oc2.CHILD)
  AND (CONVICTED IS NOT NULL OR HEALTH_CHECK IS NOT NULL OR IMMUNISATIONS IS NOT NULL OR TEETH_CHECK IS NOT NULL
       OR HEALTH_ASSESSMENT IS NOT NULL OR SUBSTANCE_MISUSE IS NOT NULL OR INTERVENTION_RECEIVED IS NOT NULL
       OR INTERVENTION_OFFERED IS NOT NULL)
