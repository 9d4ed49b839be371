-- rule 196
-- message: Strengths and Difficulties (SDQ) reason is not a valid code.
-- fields: SDQ_REASON
-- tables: OC2
-- from 2023-24
SELECT 'OC2' AS table_name, row_no, CHILD AS child FROM oc2
WHERE SDQ_REASON IS NOT NULL AND SDQ_REASON NOT IN ('SDQ1', 'SDQ2', 'SDQ3', 'SDQ4', 'SDQ5')
