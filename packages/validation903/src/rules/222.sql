-- rule 222
-- message: Ofsted Unique reference number (URN) should not be recorded for this placement type.
-- fields: URN
-- tables: Episodes
-- XXXXXXX (the DfE placeholder for "no URN") is always allowed. From 2024-25 P2 is no longer in the list.
-- from 2023-24
SELECT 'Episodes' AS table_name, row_no, CHILD AS child FROM episodes
WHERE PLACE IN ('P1', 'P2', 'P3', 'R1', 'R2', 'R5', 'T0', 'T1', 'T2', 'T3', 'T4', 'Z1') AND URN IS NOT NULL AND URN <> 'XXXXXXX'
-- from 2024-25
SELECT 'Episodes' AS table_name, row_no, CHILD AS child FROM episodes
WHERE PLACE IN ('P1', 'P3', 'R1', 'R2', 'R5', 'T0', 'T1', 'T2', 'T3', 'T4', 'Z1') AND URN IS NOT NULL AND URN <> 'XXXXXXX'
