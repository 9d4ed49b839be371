-- rule 543
-- message: Child is aged 10 or over at 31 March and has been looked after continuously for 12 months yet conviction information has not been completed.
-- fields: CONVICTED, DOB
-- tables: Episodes, OC2
-- Only the OC2 row is flagged, as in the reference. "Aged 10 or over" includes a 10th birthday on 31 March; the
-- reference needs the birthday strictly before 31 March, careledger follows the message.
-- from 2023-24
WITH cla AS (SELECT CHILD FROM looked_after_12_months)
SELECT 'OC2' AS table_name, row_no, CHILD AS child FROM oc2
WHERE CONVICTED IS NULL AND age_on(DOB_date, collection_end()) >= 10 AND CHILD IN (SELECT CHILD FROM cla)
