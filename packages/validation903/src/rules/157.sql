-- rule 157
-- message: Child is aged 4 years or over at the beginning of the year or 16 years or under at the end of the year and Strengths and Difficulties Questionnaire (SDQ) 1 has been recorded as the reason for no Strengths and Difficulties Questionnaire (SDQ) score.
-- fields: DOB, SDQ_REASON
-- tables: Episodes, OC2
-- SDQ1 means the child was too young or too old for the questionnaire; a child of SDQ age (4 by 1 April, not yet 17
-- on 31 March) looked after 12 months cannot have it. The reference validator takes the 16th birthday on or after
-- 31 March, leaving out 16-year-olds the message covers ("16 years or under"); careledger uses the 17th birthday.
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
WHERE o.SDQ_SCORE IS NULL AND o.SDQ_REASON = 'SDQ1'
  AND o.DOB_date + INTERVAL 4 YEAR <= collection_start() AND o.DOB_date + INTERVAL 17 YEAR > collection_end()
