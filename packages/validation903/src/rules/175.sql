-- rule 175
-- message: The number of adopter(s) code is not a valid code.
-- fields: NB_ADOPTR
-- tables: AD1
-- from 2023-24
SELECT 'AD1' AS table_name, row_no, CHILD AS child FROM ad1 WHERE NB_ADOPTR IS NOT NULL AND NB_ADOPTR NOT IN ('1', '2')
