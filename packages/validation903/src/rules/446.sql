-- rule 446
-- message: E1 is not a valid code for episodes starting before December 2005.
-- fields: DECOM, LS
-- tables: Episodes
-- Placement orders (E1) exist only from December 2005.
-- from 2023-24
SELECT 'Episodes' AS table_name, row_no, CHILD AS child
FROM episodes
WHERE LS = 'E1' AND DECOM_date < DATE '2005-12-01'
