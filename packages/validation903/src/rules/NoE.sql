-- rule NoE
-- message: This child has no episodes loaded for previous year even though child started to be looked after before this current year.
-- fields: DECOM
-- tables: Episodes, Episodes_last
-- needs: previousYear
-- An episode that began before this year means the child was looked after last year, so last year's return should
-- hold the child's episodes; without last year's return the rule cannot be judged.
-- from 2023-24
SELECT 'Episodes' AS table_name, e.row_no, e.CHILD AS child
FROM episodes e
WHERE e.DECOM_date < collection_start()
  AND NOT EXISTS (SELECT 1 FROM episodes_last l WHERE l.CHILD = e.CHILD)
