-- rule 371
-- message: Child in supported accomodation not subject to children’s homes regulations should be at least 16.
-- fields: DECOM, PLACE
-- tables: Episodes, Header
-- Supported accommodation not subject to children's homes regulations is for young people of 16 or over (the
-- Supported Accommodation (England) Regulations 2023). Its code was H5 until 2023-24 and is K3 from 2024-25.
-- The child must have reached that age when the episode starts. The reference validator skips open episodes (it
-- needs a DEC); careledger checks them too, as the age at the start does not depend on the end. Only the episode is
-- flagged, as in the reference.
-- from 2023-24
-- message: Child in semi-independent living accommodation not subject to children’s homes regulations should be at least 16.
SELECT 'Episodes' AS table_name, e.row_no, e.CHILD AS child
FROM episodes e
JOIN header h ON h.CHILD = e.CHILD
WHERE e.PLACE = 'H5' AND e.DECOM_date < h.DOB_date + INTERVAL 16 YEAR
-- from 2024-25
-- message: Child in supported accomodation not subject to children’s homes regulations should be at least 16.
SELECT 'Episodes' AS table_name, e.row_no, e.CHILD AS child
FROM episodes e
JOIN header h ON h.CHILD = e.CHILD
WHERE e.PLACE = 'K3' AND e.DECOM_date < h.DOB_date + INTERVAL 16 YEAR
