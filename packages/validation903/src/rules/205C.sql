-- rule 205C
-- message: Child not identified as UASC either this year or last year but date UASC ceased has been provided.
-- fields: DUC, UASC
-- tables: Header, Header_last, UASC, UASC_last
-- needs: previousYear
-- A child with a UASC row this year whose Header UASC flag is not 1 in either year (0 or blank; a child absent from
-- last year's Header counts as not identified) but who has a DUC this year or last. As with 303, only an XML return
-- can fail, since a CSV return's flag is read from its UASC file. Flags the UASC row and the child's Header row.
-- from 2023-24
WITH hits AS (
  SELECT u.row_no AS u_row, h.row_no AS h_row, u.CHILD
  FROM uasc u
  LEFT JOIN header h ON h.CHILD = u.CHILD
  LEFT JOIN header_last hl ON hl.CHILD = u.CHILD
  LEFT JOIN uasc_last ul ON ul.CHILD = u.CHILD
  WHERE coalesce(h.UASC, '0') <> '1' AND coalesce(hl.UASC, '0') <> '1'
    AND (u.DUC IS NOT NULL OR ul.DUC IS NOT NULL)
)
SELECT 'UASC' AS table_name, u_row AS row_no, CHILD AS child FROM hits
UNION ALL
SELECT DISTINCT 'Header' AS table_name, h_row AS row_no, CHILD AS child FROM hits WHERE h_row IS NOT NULL
