-- rule 372
-- message: Child in youth custody or prison should be at least 10.
-- fields: DECOM, PLACE
-- tables: Episodes, Header
-- A young offender institution or prison (PLACE R5) holds children of 10 or over.
-- The child must have reached that age when the episode starts. The reference validator skips open episodes (it
-- needs a DEC); careledger checks them too, as the age at the start does not depend on the end. Only the episode is
-- flagged, as in the reference.
-- from 2023-24
SELECT 'Episodes' AS table_name, e.row_no, e.CHILD AS child
FROM episodes e
JOIN header h ON h.CHILD = e.CHILD
WHERE e.PLACE = 'R5' AND e.DECOM_date < h.DOB_date + INTERVAL 10 YEAR
