-- rule 157
-- message: Child is aged 4 years or over at the beginning of the year or 16 years or under at the end of the year and Strengths and Difficulties Questionnaire (SDQ) 1 has been recorded as the reason for no Strengths and Difficulties Questionnaire (SDQ) score.
-- fields: DOB, SDQ_REASON
-- tables: Episodes, OC2
-- SDQ1 means the child was too young or too old for the questionnaire; a child of SDQ age (4 by 1 April, not yet 17
-- on 31 March) looked after 12 months cannot have it. The reference validator takes the 16th birthday on or after
-- 31 March, leaving out 16-year-olds the message covers ("16 years or under"); careledger uses the 17th birthday.
-- Looked after continuously for 12 months at 31 March (cla) as the DfE counts it: lookedAfter12Months.sql.
-- from 2023-24
WITH cla AS (SELECT CHILD FROM looked_after_12_months)
SELECT 'OC2' AS table_name, o.row_no, o.CHILD AS child FROM oc2 o JOIN cla ON cla.CHILD = o.CHILD
WHERE o.SDQ_SCORE IS NULL AND o.SDQ_REASON = 'SDQ1'
  AND o.DOB_date + INTERVAL 4 YEAR <= collection_start() AND o.DOB_date + INTERVAL 17 YEAR > collection_end()
