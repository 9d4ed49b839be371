-- rule 205A
-- message: Child identified as UASC last year is no longer UASC this year, but date UASC ceased in both years does not support this.
-- fields: CHILD, UASC
-- tables: Header, Header_last, UASC, UASC_last
-- needs: previousYear
-- careledger's header has no UASC flag (it exists only in XML returns), so, as the reference does for CSV uploads, a
-- child counts as UASC in a year when that year's UASC table gives a date UASC ceased. Not UASC now but UASC last
-- year: last year's DUC must fall within last year's collection period. Only the UASC row is flagged (there is no
-- header flag to point at).
-- from 2023-24
SELECT 'UASC' AS table_name, u.row_no, u.CHILD AS child
FROM uasc u JOIN uasc_last l ON l.CHILD = u.CHILD
WHERE u.DUC IS NULL AND l.DUC IS NOT NULL
  AND NOT coalesce(l.DUC_date BETWEEN collection_start() - INTERVAL 1 YEAR AND collection_end() - INTERVAL 1 YEAR, false)
