-- rule 197a
-- message: Reason for no Strengths and Difficulties (SDQ) score is not required if Strengths and Difficulties Questionnaire score is filled in.
-- fields: SDQ_REASON, SDQ_SCORE
-- tables: OC2
-- from 2023-24
SELECT 'OC2' AS table_name, row_no, CHILD AS child FROM oc2 WHERE SDQ_SCORE IS NOT NULL AND SDQ_REASON IS NOT NULL
