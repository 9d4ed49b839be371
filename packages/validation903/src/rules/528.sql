-- rule 528
-- message: A placement provider code of PR2 cannot be associated with placements P1, R2 or R5.
-- fields: PLACE, PLACE_PROVIDER
-- tables: Episodes
-- from 2023-24
SELECT 'Episodes' AS table_name, row_no, CHILD AS child FROM episodes WHERE PLACE_PROVIDER = 'PR2' AND PLACE IN ('P1', 'R2', 'R5')
