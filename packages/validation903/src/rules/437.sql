-- rule 437
-- message: Reason episode ceased is child has died or is aged 18 or over but there are further episodes.
-- fields: REC
-- tables: Episodes
-- Nothing can follow a death (E2) or an age assessment finding the child an adult (E15). Only this year's
-- episodes are seen, as in the reference.
-- from 2023-24
WITH ordered AS (
  SELECT row_no, CHILD, REC, DECOM_date,
         lead(row_no) OVER (PARTITION BY CHILD ORDER BY DECOM_date NULLS LAST, row_no) AS next_row
  FROM episodes
)
SELECT 'Episodes' AS table_name, row_no, CHILD AS child
FROM ordered
WHERE REC IN ('E2', 'E15') AND DECOM_date IS NOT NULL AND next_row IS NOT NULL
