-- rule INT17
-- message: Internal Check: DOB in Reviews is different to DOB in Header.
-- fields: DOB
-- tables: Header, Reviews
-- Compared as dates, so 1/2/2010 and 01/02/2010 agree. A DOB that is blank or not a date on either side is left to
-- the date rules, and a child with no Header row to the INT0x rules, as the DfE's checks do.
-- from 2023-24
SELECT 'Reviews' AS table_name, t.row_no, t.CHILD AS child
FROM reviews t
JOIN header h ON h.CHILD = t.CHILD
WHERE t.DOB_date IS NOT NULL AND h.DOB_date IS NOT NULL AND t.DOB_date <> h.DOB_date
