-- rule 624
-- message: Date of birth of the first child contradicts the date of birth of the first child previously recorded.
-- fields: MC_DOB
-- tables: Header, Header_last
-- needs: previousYear
-- Once given last year, MC_DOB must be repeated unchanged; blanking it counts as a contradiction, as in the
-- reference, except for a young person not looked after this year (no episode: a care leaver), whose motherhood
-- details rule 628 says are not wanted.
-- from 2023-24
SELECT DISTINCT 'Header' AS table_name, h.row_no, h.CHILD AS child
FROM header h JOIN header_last l ON l.CHILD = h.CHILD
WHERE l.MC_DOB IS NOT NULL AND h.MC_DOB IS DISTINCT FROM l.MC_DOB
  AND (h.MC_DOB IS NOT NULL OR h.CHILD IN (SELECT CHILD FROM episodes WHERE CHILD IS NOT NULL))
