-- rule 159
-- message: If a child has been recorded as not receiving an intervention for their substance misuse problem, then the additional item on whether an intervention was offered should be completed as well.
-- fields: INTERVENTION_OFFERED, INTERVENTION_RECEIVED, SUBSTANCE_MISUSE
-- tables: OC2
-- from 2023-24
SELECT 'OC2' AS table_name, row_no, CHILD AS child FROM oc2
WHERE SUBSTANCE_MISUSE = '1' AND INTERVENTION_RECEIVED = '0' AND INTERVENTION_OFFERED IS NULL
