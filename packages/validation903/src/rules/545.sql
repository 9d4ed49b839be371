-- rule 545
-- message: Child is aged under 5 at 31 March and has been looked after continuously for 12 months yet health promotion information has not been completed.
-- fields: DOB, HEALTH_CHECK
-- tables: OC2
-- Only the OC2 row is flagged, as in the reference.
-- from 2023-24
WITH cla AS (SELECT CHILD FROM looked_after_12_months)
SELECT 'OC2' AS table_name, row_no, CHILD AS child FROM oc2
WHERE HEALTH_CHECK IS NULL AND age_on(DOB_date, collection_end()) < 5 AND CHILD IN (SELECT CHILD FROM cla)
