-- rule 186
-- message: Children aged 4 or over at the start of the year and children aged under 17 at the end of the year and who have been looked after for at least 12 months continuously should have a Strengths and Difficulties (SDQ) score completed.
-- fields: SDQ_SCORE
-- tables: Episodes, OC2
-- A blank score with a reason for there being none (SDQ_REASON) passes: the row fails only when both are blank, as
-- the reference validator reads it (a score given without a reason passes too: rule 197a wants no reason then).
-- Looked after continuously for 12 months at 31 March (cla) as the DfE counts it: lookedAfter12Months.sql.
-- from 2023-24
WITH cla AS (SELECT CHILD FROM looked_after_12_months)
SELECT 'OC2' AS table_name, o.row_no, o.CHILD AS child FROM oc2 o JOIN cla ON cla.CHILD = o.CHILD
WHERE o.SDQ_SCORE IS NULL AND o.SDQ_REASON IS NULL
  AND o.DOB_date + INTERVAL 4 YEAR <= collection_start() AND o.DOB_date + INTERVAL 17 YEAR > collection_end()
