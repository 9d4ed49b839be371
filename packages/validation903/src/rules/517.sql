-- rule 517
-- message: If reporting legal status of adopters is L3 then the genders of adopters should be coded as MF. MF = the adopting couple are male and female.
-- fields: LS_ADOPTR, SEX_ADOPTR
-- tables: AD1
-- L3 (different-gender couple) needs MF; a blank sex also fails, as in the reference.
-- from 2023-24
SELECT 'AD1' AS table_name, row_no, CHILD AS child FROM ad1 WHERE LS_ADOPTR = 'L3' AND (SEX_ADOPTR IS NULL OR SEX_ADOPTR <> 'MF')
