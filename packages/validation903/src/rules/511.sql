-- rule 511
-- message: If reporting that the number of person(s) adopting the looked after child is two adopters then the code should only be MM, FF or MF. MM = the adopting couple are both males; FF = the adopting couple are both females; MF = The adopting couple are male and female.
-- fields: NB_ADOPTR, SEX_ADOPTR
-- tables: AD1
-- Two adopters cannot be a single-adopter code (M1/F1). A blank sex is left to the completeness rules.
-- from 2023-24
SELECT 'AD1' AS table_name, row_no, CHILD AS child FROM ad1 WHERE NB_ADOPTR = '2' AND SEX_ADOPTR IN ('M1', 'F1')
