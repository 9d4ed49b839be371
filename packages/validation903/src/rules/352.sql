-- rule 352
-- message: Child who started to be looked after was aged 18 or over.
-- fields: DECOM, RNE
-- tables: Episodes, Header
-- A period of care starts with RNE S; the child must not have turned 18 by its start. Only the episode is flagged,
-- as in the reference validator. Blank or invalid dates say nothing about age.
-- from 2023-24
SELECT 'Episodes' AS table_name, e.row_no, e.CHILD AS child
FROM episodes e
JOIN header h ON h.CHILD = e.CHILD
WHERE e.RNE = 'S' AND h.DOB_date + INTERVAL 18 YEAR <= e.DECOM_date
