-- rule 189
-- message: Child is aged 17 years or over at the beginning of the year, but an Strengths and Difficulties (SDQ) score or a reason for no Strengths and Difficulties (SDQ) score has been completed.
-- fields: DOB, SDQ_REASON, SDQ_SCORE
-- tables: OC2
-- from 2023-24
SELECT 'OC2' AS table_name, row_no, CHILD AS child FROM oc2
WHERE DOB_date + INTERVAL 17 YEAR <= collection_start() AND (SDQ_SCORE IS NOT NULL OR SDQ_REASON IS NOT NULL)
