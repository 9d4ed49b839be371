-- rule 185
-- message: Child has not been looked after continuously for at least 12 months at 31 March but a Strengths and Difficulties (SDQ) score has been completed.
-- fields: SDQ_SCORE
-- tables: Episodes, OC2
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
SELECT 'OC2' AS table_name, row_no, CHILD AS child FROM oc2
WHERE SDQ_SCORE IS NOT NULL AND NOT EXISTS (SELECT 1 FROM cla WHERE cla.CHILD = oc2.CHILD)
