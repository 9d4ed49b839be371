-- rule 544
-- message: Any child who has conviction information completed must also have immunisation, teeth check, health assessment and substance misuse problem identified fields completed.
-- fields: CONVICTED, HEALTH_ASSESSMENT, IMMUNISATIONS, SUBSTANCE_MISUSE, TEETH_CHECK
-- tables: OC2
-- Only a '1' (yes) triggers the check, as in the reference.
-- from 2023-24
SELECT 'OC2' AS table_name, row_no, CHILD AS child FROM oc2
WHERE CONVICTED = '1' AND (IMMUNISATIONS IS NULL OR TEETH_CHECK IS NULL OR HEALTH_ASSESSMENT IS NULL OR SUBSTANCE_MISUSE IS NULL)
