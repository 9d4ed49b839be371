-- rule 519
-- message: Data entered on the legal status of adopters shows civil partnership couple, but data entered on genders of adopters does not show it as a couple.
-- fields: LS_ADOPTR, SEX_ADOPTR
-- tables: AD1
-- L2 (civil partnership) needs a couple code; a blank sex also fails, as in the reference.
-- from 2023-24
SELECT 'AD1' AS table_name, row_no, CHILD AS child FROM ad1 WHERE LS_ADOPTR = 'L2' AND (SEX_ADOPTR IS NULL OR SEX_ADOPTR NOT IN ('MM', 'FF', 'MF'))
