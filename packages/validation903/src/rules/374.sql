-- rule 374
-- message: Child in residential employment should be at least 14 years old.
-- fields: DECOM, PLACE
-- tables: Episodes, Header
-- Residential employment (PLACE P3) is for children of 14 or over.
-- The child must have reached that age when the episode starts. The reference validator skips open episodes (it
-- needs a DEC); careledger checks them too, as the age at the start does not depend on the end. Only the episode is
-- flagged, as in the reference.
-- from 2023-24
SELECT 'Episodes' AS table_name, e.row_no, e.CHILD AS child
FROM episodes e
JOIN header h ON h.CHILD = e.CHILD
WHERE e.PLACE = 'P3' AND e.DECOM_date < h.DOB_date + INTERVAL 14 YEAR
