-- rule 635
-- message: There are entries for date of order and local authority code where previous permanence option was arranged but previous permanence code is Z1
-- fields: DATE_PERM, LA_PERM, PREV_PERM
-- tables: PrevPerm
-- The message means Z1 (no previous permanence option) may not come with an order date or LA. The reference instead
-- flags an order date or LA with PREV_PERM blank; careledger flags both, since either way the date/LA describe a
-- permanence option that the code does not record.
-- from 2023-24
SELECT 'PrevPerm' AS table_name, row_no, CHILD AS child
FROM prev_perm
WHERE (PREV_PERM = 'Z1' OR PREV_PERM IS NULL) AND (DATE_PERM IS NOT NULL OR LA_PERM IS NOT NULL)
