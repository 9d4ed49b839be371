-- rule 530
-- message: A placement provider code of PR4 cannot be associated with placement P1.
-- fields: PLACE, PLACE_PROVIDER
-- tables: Episodes
-- from 2023-24
SELECT 'Episodes' AS table_name, row_no, CHILD AS child FROM episodes WHERE PLACE_PROVIDER = 'PR4' AND PLACE IN ('P1')
