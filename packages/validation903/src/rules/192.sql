-- rule 192
-- message: Child has been identified as having a substance misuse problem but the additional item on whether an intervention was received has been left blank.
-- fields: INTERVENTION_RECEIVED, SUBSTANCE_MISUSE
-- tables: OC2
-- from 2023-24
SELECT 'OC2' AS table_name, row_no, CHILD AS child FROM oc2 WHERE SUBSTANCE_MISUSE = '1' AND INTERVENTION_RECEIVED IS NULL
