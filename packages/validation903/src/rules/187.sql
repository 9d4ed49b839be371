-- rule 187
-- message: Child cannot be looked after continuously for 12 months at 31 March (OC2) and have any of adoption or care leavers returns completed.
-- fields: ACCOM, ACTIV, DATE_INT, DATE_MATCH, FOSTER_CARE, IN_TOUCH, LS_ADOPTR, NB_ADOPTR, SEX_ADOPTR
-- tables: AD1, Episodes, OC3
-- The adoption (AD1) and care leaver (OC3) rows of a child looked after 12 months at 31 March are flagged.
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
SELECT 'AD1' AS table_name, a.row_no, a.CHILD AS child FROM ad1 a JOIN cla ON cla.CHILD = a.CHILD
WHERE a.DATE_INT IS NOT NULL OR a.DATE_MATCH IS NOT NULL OR a.FOSTER_CARE IS NOT NULL OR a.NB_ADOPTR IS NOT NULL
   OR a.SEX_ADOPTR IS NOT NULL OR a.LS_ADOPTR IS NOT NULL
UNION ALL
SELECT 'OC3' AS table_name, o.row_no, o.CHILD AS child FROM oc3 o JOIN cla ON cla.CHILD = o.CHILD
WHERE o.IN_TOUCH IS NOT NULL OR o.ACTIV IS NOT NULL OR o.ACCOM IS NOT NULL
