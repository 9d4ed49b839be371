-- rule 527
-- message: A placement provider code of PR1 cannot be associated with placements P1, R2 or R5.
-- fields: PLACE, PLACE_PROVIDER
-- tables: Episodes
-- from 2023-24
SELECT 'Episodes' AS table_name, row_no, CHILD AS child FROM episodes WHERE PLACE_PROVIDER = 'PR1' AND PLACE IN ('P1', 'R2', 'R5')
