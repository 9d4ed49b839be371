-- rule 204
-- message: Ethnic origin code disagrees with the ethnic origin already recorded for this child.
-- fields: ETHNIC
-- tables: Header_last, Header
-- needs: previousYear
-- from 2023-24
SELECT 'Header' AS table_name, h.row_no, h.CHILD AS child
FROM header h JOIN header_last l ON l.CHILD = h.CHILD
WHERE h.ETHNIC IS DISTINCT FROM l.ETHNIC
