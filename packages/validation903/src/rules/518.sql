-- rule 518
-- message: If reporting legal status of adopters is L4 then the genders of adopters should be coded as MM or FF. MM = the adopting couple are both males. FF = the adopting couple are both females.
-- fields: LS_ADOPTR, SEX_ADOPTR
-- tables: AD1
-- L4 (same-gender couple) needs MM or FF; a blank sex also fails, as in the reference.
-- from 2023-24
SELECT 'AD1' AS table_name, row_no, CHILD AS child FROM ad1 WHERE LS_ADOPTR = 'L4' AND (SEX_ADOPTR IS NULL OR SEX_ADOPTR NOT IN ('MM', 'FF'))
