-- rule 176
-- message: The gender of adopter(s) at the date of adoption code is not a valid code.
-- fields: SEX_ADOPTR
-- tables: AD1
-- from 2023-24
SELECT 'AD1' AS table_name, row_no, CHILD AS child FROM ad1
WHERE SEX_ADOPTR IS NOT NULL AND SEX_ADOPTR NOT IN ('M1', 'F1', 'MM', 'FF', 'MF')
