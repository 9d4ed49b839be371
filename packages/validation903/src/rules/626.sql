-- rule 626
-- message: Child was reported as a mother but the date of birth of the first child is before the current year which contradicts with the mother status recorded last year.
-- fields: MC_DOB, MOTHER
-- tables: Header, Header_last
-- needs: previousYear
-- from 2023-24
SELECT DISTINCT 'Header' AS table_name, h.row_no, h.CHILD AS child
FROM header h JOIN header_last l ON l.CHILD = h.CHILD
WHERE h.MOTHER = '1' AND l.MOTHER = '0' AND h.MC_DOB_date < collection_start()
