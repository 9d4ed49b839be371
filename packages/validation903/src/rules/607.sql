-- rule 607
-- message: Child ceased to be looked after in the year, but mother field has not been completed.
-- fields: DEC, LS, MOTHER, REC, SEX
-- tables: Episodes, Header
-- A girl who ceased care in the year (DEC in the year, REC given and not X1, LS not V3/V4) needs MOTHER. Female is
-- SEX 2 until 2023-24 and F from 2024-25 (the DfE recoding).
-- from 2023-24
WITH hits AS (
  SELECT e.row_no AS e_row, h.row_no AS h_row, e.CHILD
  FROM episodes e JOIN header h ON h.CHILD = e.CHILD
  WHERE e.DEC_date BETWEEN collection_start() AND collection_end()
    AND e.REC IS NOT NULL AND e.REC <> 'X1' AND e.LS IS DISTINCT FROM 'V3' AND e.LS IS DISTINCT FROM 'V4'
    AND h.SEX = '2' AND h.MOTHER IS NULL
)
SELECT 'Episodes' AS table_name, e_row AS row_no, CHILD AS child FROM hits
UNION ALL
SELECT 'Header' AS table_name, h_row AS row_no, CHILD AS child FROM hits
-- from 2024-25
WITH hits AS (
  SELECT e.row_no AS e_row, h.row_no AS h_row, e.CHILD
  FROM episodes e JOIN header h ON h.CHILD = e.CHILD
  WHERE e.DEC_date BETWEEN collection_start() AND collection_end()
    AND e.REC IS NOT NULL AND e.REC <> 'X1' AND e.LS IS DISTINCT FROM 'V3' AND e.LS IS DISTINCT FROM 'V4'
    AND h.SEX = 'F' AND h.MOTHER IS NULL
)
SELECT 'Episodes' AS table_name, e_row AS row_no, CHILD AS child FROM hits
UNION ALL
SELECT 'Header' AS table_name, h_row AS row_no, CHILD AS child FROM hits
