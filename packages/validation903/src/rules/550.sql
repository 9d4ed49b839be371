-- rule 550
-- message: A placement provider code of PR0 can only be associated with placement P1.
-- fields: PLACE, PLACE_PROVIDER
-- tables: Episodes
-- PR0 (the LA's own provision) is only valid for P1 (placed with parents); a blank PLACE also fails, as in the reference.
-- from 2023-24
SELECT 'Episodes' AS table_name, row_no, CHILD AS child FROM episodes WHERE PLACE_PROVIDER = 'PR0' AND (PLACE IS NULL OR PLACE <> 'P1')
