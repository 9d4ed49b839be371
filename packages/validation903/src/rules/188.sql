-- rule 188
-- message: "Child is aged under 4 years at the end of the year, but a Strengths and Difficulties (SDQ) score or a reason for no SDQ score has been completed. "
-- fields: SDQ_REASON, SDQ_SCORE
-- tables: OC2
-- from 2023-24
SELECT 'OC2' AS table_name, row_no, CHILD AS child FROM oc2
WHERE DOB_date + INTERVAL 4 YEAR > collection_end() AND (SDQ_SCORE IS NOT NULL OR SDQ_REASON IS NOT NULL)
