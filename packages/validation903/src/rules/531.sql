-- rule 531
-- message: A placement provider code of PR5 cannot be associated with placements P1.
-- fields: PLACE, PLACE_PROVIDER
-- tables: Episodes
-- from 2023-24
SELECT 'Episodes' AS table_name, row_no, CHILD AS child FROM episodes WHERE PLACE_PROVIDER = 'PR5' AND PLACE IN ('P1')
