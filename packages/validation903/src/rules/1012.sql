-- rule 1012
-- message: No other data should be returned for OC3 children who had no episodes in the current year
-- fields: CHILD
-- tables: Episodes
-- A child with no episode this year is at most an OC3 care leaver: rows for that child in the other
-- child-level tables (PlacedAdoption, Missing, Reviews, AD1, PrevPerm, OC2) fail, in those tables (as the
-- reference flags them; the catalogue names only Episodes, the table whose absence is the cause).
-- from 2023-24
SELECT t.table_name, t.row_no, t.CHILD AS child
FROM (
  SELECT 'PlacedAdoption' AS table_name, row_no, CHILD FROM placed_adoption
  UNION ALL SELECT 'Missing', row_no, CHILD FROM missing
  UNION ALL SELECT 'Reviews', row_no, CHILD FROM reviews
  UNION ALL SELECT 'AD1', row_no, CHILD FROM ad1
  UNION ALL SELECT 'PrevPerm', row_no, CHILD FROM prev_perm
  UNION ALL SELECT 'OC2', row_no, CHILD FROM oc2
) AS t
WHERE NOT EXISTS (SELECT 1 FROM episodes e WHERE e.CHILD = t.CHILD)
