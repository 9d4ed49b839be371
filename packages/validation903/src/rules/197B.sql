-- rule 197B
-- message: SDQ score or reason for no SDQ should be reported for 4- or 17-year-olds.
-- fields: DOB, SDQ_REASON
-- tables: Episodes, OC2
-- A child looked after 12 months who turns 4 or 17 during the year needs a score or a reason.
-- Looked after continuously for 12 months at 31 March (cla) as the DfE counts it: lookedAfter12Months.sql.
-- from 2023-24
WITH cla AS (SELECT CHILD FROM looked_after_12_months)
SELECT 'OC2' AS table_name, o.row_no, o.CHILD AS child FROM oc2 o JOIN cla ON cla.CHILD = o.CHILD
WHERE o.SDQ_SCORE IS NULL AND o.SDQ_REASON IS NULL
  AND (o.DOB_date + INTERVAL 4 YEAR BETWEEN collection_start() AND collection_end()
       OR o.DOB_date + INTERVAL 17 YEAR BETWEEN collection_start() AND collection_end())
