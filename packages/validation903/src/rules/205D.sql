-- rule 205D
-- message: Child identified as UASC this year but not identified as UASC status provided for the child last year.
-- fields: CHILD, UASC
-- tables: Header, Header_last, UASC, UASC_last
-- needs: previousYear
-- UASC status is read from the UASC tables as for 205A (a DUC given that year). A child in both years' UASC tables
-- who is UASC now but was not last year fails; only the UASC row is flagged.
-- from 2023-24
SELECT 'UASC' AS table_name, u.row_no, u.CHILD AS child
FROM uasc u JOIN uasc_last l ON l.CHILD = u.CHILD
WHERE u.DUC IS NOT NULL AND l.DUC IS NULL
