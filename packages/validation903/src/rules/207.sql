-- rule 207
-- message: Mother status for the current year disagrees with the mother status already recorded for this child.
-- fields: MOTHER
-- tables: Episodes, Header, Header_last
-- needs: previousYear
-- Once recorded as a mother (1) a child stays one: anything else this year fails, for children with episodes this year.
-- from 2023-24
SELECT 'Header' AS table_name, h.row_no, h.CHILD AS child
FROM header h JOIN header_last l ON l.CHILD = h.CHILD
WHERE l.MOTHER = '1' AND h.MOTHER IS DISTINCT FROM '1'
  AND EXISTS (SELECT 1 FROM episodes e WHERE e.CHILD = h.CHILD)
