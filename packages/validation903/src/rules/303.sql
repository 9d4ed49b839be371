-- rule 303
-- message: If date Unaccompanied Asylum-Seeking Child (UASC) status ceased is not null, UASC status must be coded 1.
-- fields: DUC, UASC
-- tables: Header, UASC
-- A DUC (UASC status ceased) is given for a child whose Header UASC flag is not 1. Only an XML return can fail: a CSV
-- return's flag is read from the UASC file itself. Flags the UASC row and the Header row.
-- from 2023-24
WITH hits AS (
  SELECT u.row_no AS u_row, h.row_no AS h_row, u.CHILD
  FROM uasc u JOIN header h ON h.CHILD = u.CHILD
  WHERE u.DUC IS NOT NULL AND h.UASC IS DISTINCT FROM '1'
)
SELECT 'UASC' AS table_name, u_row AS row_no, CHILD AS child FROM hits
UNION ALL
SELECT 'Header' AS table_name, h_row AS row_no, CHILD AS child FROM hits
