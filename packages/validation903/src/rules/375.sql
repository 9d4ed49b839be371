-- rule 375
-- message: Hospitalisation coded as a temporary placement exceeds six weeks.
-- fields: DECOM, PLACE
-- tables: Episodes, Header
-- A temporary placement for hospitalisation (PLACE T1) may last at most six weeks (42 days).
-- Only a ceased episode is measured, as in the reference validator. The reference also skips children without a
-- Header DOB, which the duration does not depend on; careledger does not.
-- from 2023-24
SELECT 'Episodes' AS table_name, row_no, CHILD AS child
FROM episodes
WHERE PLACE = 'T1' AND DEC_date > DECOM_date + INTERVAL 42 DAY
