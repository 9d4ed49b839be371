-- rule 393
-- message: Child is looked after but mother field is not completed.
-- fields: MOTHER
-- tables: Episodes, Header
-- A girl looked after other than under short breaks (V3/V4) must say whether she is a mother. The female code
-- changed from 2 to F with the 2024-25 SEX recoding, hence the two versions.
-- from 2023-24
SELECT 'Header' AS table_name, h.row_no, h.CHILD AS child
FROM header h
WHERE h.SEX = '2' AND h.MOTHER IS NULL
  AND EXISTS (SELECT 1 FROM episodes e WHERE e.CHILD = h.CHILD AND e.LS IS DISTINCT FROM 'V3' AND e.LS IS DISTINCT FROM 'V4')
-- from 2024-25
SELECT 'Header' AS table_name, h.row_no, h.CHILD AS child
FROM header h
WHERE h.SEX = 'F' AND h.MOTHER IS NULL
  AND EXISTS (SELECT 1 FROM episodes e WHERE e.CHILD = h.CHILD AND e.LS IS DISTINCT FROM 'V3' AND e.LS IS DISTINCT FROM 'V4')
