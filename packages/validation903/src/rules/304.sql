-- rule 304
-- message: Date unaccompanied asylum-seeking child (UASC) status ceased must be on or before the 18th birthday of a child.
-- fields: DUC
-- tables: UASC
-- from 2023-24
SELECT 'UASC' AS table_name, row_no, CHILD AS child FROM uasc WHERE DUC_date > DOB_date + INTERVAL 18 YEAR
