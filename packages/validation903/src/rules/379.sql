-- rule 379
-- message: Temporary placements for unspecified reason (placement code T4) cannot exceed seven days.
-- fields: DECOM, PLACE
-- tables: Episodes, Header
-- A temporary placement for another reason (PLACE T4) may last at most seven days.
-- Only a ceased episode is measured, as in the reference validator. The reference also skips children without a
-- Header DOB, which the duration does not depend on; careledger does not.
-- from 2023-24
SELECT 'Episodes' AS table_name, row_no, CHILD AS child
FROM episodes
WHERE PLACE = 'T4' AND DEC_date > DECOM_date + INTERVAL 7 DAY
