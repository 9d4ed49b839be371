-- rule 501
-- message: A new episode has started before the end date of the previous episode.
-- fields: DEC, DECOM
-- tables: Episodes
-- Episodes of a child may not overlap: each starts no earlier than the previous one (by start date) ended.
-- from 2023-24
WITH ordered AS (
  SELECT row_no, CHILD, DECOM_date,
         lag(DEC_date) OVER (PARTITION BY CHILD ORDER BY DECOM_date NULLS LAST, row_no) AS prev_dec
  FROM episodes
)
SELECT 'Episodes' AS table_name, row_no, CHILD AS child
FROM ordered
WHERE DECOM_date < prev_dec
