-- rule 203
-- message: Date of birth disagrees with the date of birth already recorded for this child.
-- fields: DOB
-- tables: Header, Header_last
-- needs: previousYear
-- Dates compare as dates where valid (so 1/2/2010 and 01/02/2010 agree), otherwise as the text given.
-- from 2023-24
SELECT 'Header' AS table_name, h.row_no, h.CHILD AS child
FROM header h JOIN header_last l ON l.CHILD = h.CHILD
WHERE coalesce(CAST(h.DOB_date AS VARCHAR), h.DOB) IS DISTINCT FROM coalesce(CAST(l.DOB_date AS VARCHAR), l.DOB)
