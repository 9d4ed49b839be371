-- rule 580
-- message: Child is missing when cease being looked after but reason episode ceased not ‘E8’.
-- fields: REC
-- tables: Episodes, Missing
-- As the reference reads the DfE check: a missing period that ends on the day the episode ends, that day being the
-- child's 18th birthday (DOB as given in the Missing table), requires REC E8.
-- from 2023-24
SELECT DISTINCT 'Episodes' AS table_name, e.row_no, e.CHILD AS child
FROM episodes e
JOIN missing m ON m.CHILD = e.CHILD
WHERE e.DEC_date IS NOT NULL AND m.MIS_END_date = e.DEC_date
  AND CAST(m.DOB_date + INTERVAL 18 YEAR AS DATE) = e.DEC_date
  AND e.REC IS DISTINCT FROM 'E8'
