-- rule 1005
-- message: The end date of the missing episode or episode that the child was away from placement without authorisation is not a valid date.
-- fields: MIS_END
-- tables: Missing
-- A blank end means the child is still missing or away: only an unreadable end date fails.
-- from 2023-24
SELECT 'Missing' AS table_name, row_no, CHILD AS child
FROM missing
WHERE MIS_END IS NOT NULL AND MIS_END_date IS NULL
