-- rule 520
-- message: Data entry on the legal status of adopters shows different gender married couple but data entry on genders of adopters shows it as a same gender couple.
-- fields: LS_ADOPTR, SEX_ADOPTR
-- tables: AD1
-- L11 (different-gender married couple) needs MF; a blank sex also fails, as in the reference.
-- from 2023-24
SELECT 'AD1' AS table_name, row_no, CHILD AS child FROM ad1 WHERE LS_ADOPTR = 'L11' AND (SEX_ADOPTR IS NULL OR SEX_ADOPTR <> 'MF')
