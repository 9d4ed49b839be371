-- rule 514
-- message: Data entry on the legal status of adopters shows a single adopter but data entry for the numbers of adopters shows it as a couple.
-- fields: LS_ADOPTR, SEX_ADOPTR
-- tables: AD1
-- L0 (single adopter) needs a single-adopter sex code; a blank sex also fails, as in the reference.
-- from 2023-24
SELECT 'AD1' AS table_name, row_no, CHILD AS child FROM ad1 WHERE LS_ADOPTR = 'L0' AND (SEX_ADOPTR IS NULL OR SEX_ADOPTR NOT IN ('M1', 'F1'))
