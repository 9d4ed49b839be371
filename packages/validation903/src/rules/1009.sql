-- rule 1009
-- message: Reason for placement change is not a valid code.
-- fields: REASON_PLACE_CHANGE
-- tables: Episodes
-- Blank is allowed here: whether a reason is required is checked by other rules.
-- from 2023-24
SELECT 'Episodes' AS table_name, row_no, CHILD AS child
FROM episodes
WHERE REASON_PLACE_CHANGE IS NOT NULL AND REASON_PLACE_CHANGE NOT IN ('CARPL', 'CLOSE', 'ALLEG', 'STAND', 'APPRR', 'CREQB', 'CREQO', 'CHILD', 'LAREQ', 'PLACE', 'CUSTOD', 'OTHER')
