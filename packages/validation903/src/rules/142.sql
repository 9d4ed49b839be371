-- rule 142
-- message: A new episode has started, but the previous episode has not ended.
-- fields: DEC, REC
-- tables: Episodes
-- Every episode but the child's latest must have ended (DEC and REC). Episodes with an unreadable DECOM
-- cannot be placed in order and are left to rule 141; the latest is the one with the latest valid DECOM.
-- from 2023-24
SELECT 'Episodes' AS table_name, row_no, CHILD AS child
FROM (
  SELECT row_no, CHILD, DEC, REC,
         ROW_NUMBER() OVER (PARTITION BY CHILD ORDER BY DECOM_date DESC, row_no DESC) AS from_last
  FROM episodes
  WHERE CHILD IS NOT NULL AND DECOM_date IS NOT NULL
) AS e
WHERE from_last > 1 AND (DEC IS NULL OR REC IS NULL)
