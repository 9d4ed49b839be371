-- rule 432
-- message: The child ceased to be looked after at the end of the previous episode but the reason for the new episode is not started to be looked after.
-- fields: RNE
-- tables: Episodes
-- After a cease (any REC other than X1), the next episode opens a new period of care, so its RNE must be S.
-- from 2023-24
WITH ordered AS (
  SELECT row_no, CHILD, RNE,
         lag(REC) OVER (PARTITION BY CHILD ORDER BY DECOM_date NULLS LAST, row_no) AS prev_rec
  FROM episodes
)
SELECT 'Episodes' AS table_name, row_no, CHILD AS child
FROM ordered
WHERE prev_rec IN ('E2', 'E3', 'E4A', 'E4B', 'E5', 'E6', 'E7', 'E8', 'E9', 'E11', 'E12', 'E13', 'E14', 'E15', 'E16',
                   'E17', 'E41', 'E45', 'E46', 'E47', 'E48')
  AND RNE IS DISTINCT FROM 'S'
