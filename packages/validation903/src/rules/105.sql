-- rule 105
-- message: Data entry for Unaccompanied Asylum-Seeking Children (UASC) status of child is invalid or has not been completed.
-- fields: UASC
-- tables: Header
-- The Header's UASC flag must be 0 or 1. An XML return states it in each HEADER (blank or absent fails); a CSV
-- return has no such column, so the collection reads it from the UASC file (1 for a child with a UASC row, else 0)
-- and it cannot fail there.
-- from 2023-24
SELECT 'Header' AS table_name, row_no, CHILD AS child FROM header
WHERE UASC IS NULL OR UASC NOT IN ('0', '1')
