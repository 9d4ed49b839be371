-- rule 131
-- message: Data entry for being in touch after leaving care is invalid.
-- fields: IN_TOUCH
-- tables: OC3
-- Every care leaver row must say whether the LA is in touch, so blank fails.
-- from 2023-24
SELECT 'OC3' AS table_name, row_no, CHILD AS child
FROM oc3
WHERE IN_TOUCH IS NULL OR IN_TOUCH NOT IN ('YES', 'NO', 'DIED', 'REFU', 'NREQ', 'RHOM')
