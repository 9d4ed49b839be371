-- rule 198
-- message: "Child has not been looked after continuously for at least 12 months at 31 March but a reason for no Strengths and Difficulties (SDQ) score has been completed. "
-- fields: SDQ_REASON
-- tables: Episodes, OC2
-- Looked after continuously for 12 months at 31 March (cla) as the DfE counts it: lookedAfter12Months.sql.
-- from 2023-24
WITH cla AS (SELECT CHILD FROM looked_after_12_months)
SELECT 'OC2' AS table_name, row_no, CHILD AS child FROM oc2
WHERE SDQ_REASON IS NOT NULL AND NOT EXISTS (SELECT 1 FROM cla WHERE cla.CHILD = oc2.CHILD)
