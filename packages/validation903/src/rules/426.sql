-- rule 426
-- message: A child receiving respite care cannot be recorded under a legal status of V3 and V4 in the same year.
-- fields: LS
-- tables: Episodes
-- Every V3 and V4 episode of a child who has both fails.
-- from 2023-24
WITH both_kinds AS (
  SELECT CHILD FROM episodes WHERE LS IN ('V3', 'V4') GROUP BY CHILD HAVING count(DISTINCT LS) = 2
)
SELECT 'Episodes' AS table_name, e.row_no, e.CHILD AS child
FROM episodes e JOIN both_kinds b ON b.CHILD = e.CHILD
WHERE e.LS IN ('V3', 'V4')
