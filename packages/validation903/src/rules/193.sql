-- rule 193
-- message: Child not identified as having a substance misuse problem but at least one of the two additional items on whether an intervention were offered and received have been completed.
-- fields: INTERVENTION_OFFERED, INTERVENTION_RECEIVED, SUBSTANCE_MISUSE
-- tables: OC2
-- A blank SUBSTANCE_MISUSE counts as not identified, as in the reference validator.
-- from 2023-24
SELECT 'OC2' AS table_name, row_no, CHILD AS child FROM oc2
WHERE (SUBSTANCE_MISUSE IS NULL OR SUBSTANCE_MISUSE = '0')
  AND (INTERVENTION_RECEIVED IS NOT NULL OR INTERVENTION_OFFERED IS NOT NULL)
