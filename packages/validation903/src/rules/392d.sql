-- rule 392d
-- message: Home and placement postcodes should not be same unless the placement type is P1.
-- fields: HOME_POST, PLACE, PL_POST
-- tables: Episodes
-- Only a placement with parents (P1) may be at the home address. Postcodes are compared without spaces (the
-- reference compares the text as written, so 'AB1 0JD' and 'AB10JD' would pass there: the DfE means the same postcode).
-- from 2023-24
SELECT 'Episodes' AS table_name, row_no, CHILD AS child
FROM episodes
WHERE PLACE IS DISTINCT FROM 'P1'
  AND replace(HOME_POST, ' ', '') = replace(PL_POST, ' ', '')
