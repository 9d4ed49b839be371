-- rule 177
-- message: The legal status of adopter(s) code is not a valid code.
-- fields: LS_ADOPTR
-- tables: AD1
-- from 2023-24
SELECT 'AD1' AS table_name, row_no, CHILD AS child FROM ad1
WHERE LS_ADOPTR IS NOT NULL AND LS_ADOPTR NOT IN ('L0', 'L11', 'L12', 'L2', 'L3', 'L4')
