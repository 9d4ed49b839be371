-- rule 621
-- message: Mother’s field has been completed but date of birth shows that the mother is younger than her child.
-- fields: DOB, MC_DOB
-- tables: Header
-- The reference also flags a valid MC_DOB when the mother's own DOB is missing or invalid; careledger flags only
-- when both dates are valid and the child's is not after the mother's (a missing DOB is other rules' business).
-- from 2023-24
SELECT 'Header' AS table_name, row_no, CHILD AS child
FROM header
WHERE MC_DOB_date <= DOB_date
