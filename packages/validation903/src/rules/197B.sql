-- rule 197B
-- message: SDQ score or reason for no SDQ should be reported for 4- or 17-year-olds.
-- fields: DOB, SDQ_REASON
-- tables: Episodes, OC2
-- A child looked after 12 months who turns 4 or 17 during the year needs a score or a reason.
-- Looked after continuously for 12 months at 31 March (cla), as the DfE counts it: in care (respite V3/V4 aside)
-- from 1 April or before, with no period of care ending (a DEC whose REC is not X1) and none starting (RNE S) in the year.
-- from 2023-24
WITH cla AS (
  SELECT CHILD FROM episodes
  WHERE LS IS NULL OR LS NOT IN ('V3', 'V4')
  GROUP BY CHILD
  HAVING min(DECOM_date) <= collection_start()
     AND count_if(coalesce(DEC_date BETWEEN collection_start() AND collection_end() AND REC IS DISTINCT FROM 'X1', false)) = 0
     AND count_if(coalesce(DECOM_date > collection_start() AND RNE = 'S', false)) = 0
)
SELECT 'OC2' AS table_name, o.row_no, o.CHILD AS child FROM oc2 o JOIN cla ON cla.CHILD = o.CHILD
WHERE o.SDQ_SCORE IS NULL AND o.SDQ_REASON IS NULL
  AND (o.DOB_date + INTERVAL 4 YEAR BETWEEN collection_start() AND collection_end()
       OR o.DOB_date + INTERVAL 17 YEAR BETWEEN collection_start() AND collection_end())
