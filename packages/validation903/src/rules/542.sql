-- rule 542
-- message: A child aged under 10 at 31 March should not have conviction information completed.
-- fields: CONVICTED
-- tables: OC2
-- Age is taken at 31 March of the collection year; an unreadable DOB is skipped.
-- from 2023-24
SELECT 'OC2' AS table_name, row_no, CHILD AS child FROM oc2
WHERE CONVICTED IS NOT NULL AND age_on(DOB_date, collection_end()) < 10
