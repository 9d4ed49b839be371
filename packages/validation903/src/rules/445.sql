-- rule 445
-- message: D1 is not a valid code for episodes starting after December 2005.
-- fields: DECOM, LS
-- tables: Episodes
-- Freeing orders (D1) were replaced by placement orders from 30 December 2005.
-- from 2023-24
SELECT 'Episodes' AS table_name, row_no, CHILD AS child
FROM episodes
WHERE LS = 'D1' AND DECOM_date > DATE '2005-12-31'
