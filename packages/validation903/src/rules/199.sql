-- rule 199
-- message: Episode information shows child has been previously adopted from care. [NOTE: This only tests the current and previous year data loaded into the tool]
-- fields: CHILD
-- tables: Episodes
-- Any episode starting after an episode that ended in adoption (E11/E12), in this or last year's return, shows a child
-- coming back into care after adoption; only this year's episodes are flagged. Last year's episodes are read when given.
-- from 2023-24
WITH adoptions AS (
  SELECT CHILD, DECOM_date FROM episodes WHERE REC IN ('E11', 'E12') AND DECOM_date IS NOT NULL
  UNION ALL
  SELECT CHILD, DECOM_date FROM episodes_last WHERE REC IN ('E11', 'E12') AND DECOM_date IS NOT NULL
)
SELECT 'Episodes' AS table_name, e.row_no, e.CHILD AS child
FROM episodes e
WHERE EXISTS (SELECT 1 FROM adoptions a WHERE a.CHILD = e.CHILD AND a.DECOM_date < e.DECOM_date)
