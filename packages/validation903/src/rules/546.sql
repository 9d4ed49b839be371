-- rule 546
-- message: Children aged 5 or over at 31 March should not have health promotion information completed.
-- fields: DOB, HEALTH_CHECK
-- tables: Episodes, OC2
-- As in the reference, only children looked after for 12 months are checked (for the others any OC2 item is
-- rule 190's failure); only the OC2 row is flagged.
-- from 2023-24
WITH cla AS (SELECT CHILD FROM looked_after_12_months)
SELECT 'OC2' AS table_name, row_no, CHILD AS child FROM oc2
WHERE HEALTH_CHECK IS NOT NULL AND age_on(DOB_date, collection_end()) >= 5 AND CHILD IN (SELECT CHILD FROM cla)
