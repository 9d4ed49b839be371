-- rule 398
-- message: Distance field completed but child looked after under legal status V3 or V4.
-- fields: HOME_POST, LS, PL_POST
-- tables: Episodes
-- The distance is derived from the postcodes, so for short breaks (V3/V4) neither postcode may be given.
-- from 2023-24
SELECT 'Episodes' AS table_name, row_no, CHILD AS child
FROM episodes
WHERE LS IN ('V3', 'V4') AND (HOME_POST IS NOT NULL OR PL_POST IS NOT NULL)
