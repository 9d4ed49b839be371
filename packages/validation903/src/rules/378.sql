-- rule 378
-- message: A child who is placed with parent(s) cannot be looked after under a single period of accommodation under Section 20 of the Children Act 1989.
-- fields: LS, PLACE
-- tables: Episodes
-- A single period of s20 accommodation (LS V2) cannot be a placement with parents (PLACE P1): a child accommodated
-- under s20 and living with parents is not looked after.
-- from 2023-24
SELECT 'Episodes' AS table_name, row_no, CHILD AS child
FROM episodes
WHERE PLACE = 'P1' AND LS = 'V2'
