-- rule 376
-- message: Temporary placements coded as being due to holiday of usual foster carer(s) cannot exceed three weeks.
-- fields: DECOM, PLACE
-- tables: Episodes, Header
-- A temporary placement while the usual foster carers are on holiday (PLACE T3) may last at most three weeks.
-- Only a ceased episode is measured, as in the reference validator. The reference also skips children without a
-- Header DOB, which the duration does not depend on; careledger does not.
-- from 2023-24
SELECT 'Episodes' AS table_name, row_no, CHILD AS child
FROM episodes
WHERE PLACE = 'T3' AND DEC_date > DECOM_date + INTERVAL 21 DAY
