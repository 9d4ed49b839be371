-- rule 420
-- message: LA of placement completed but child is looked after under legal status V3 or V4.
-- fields: PL_LA
-- tables: Episodes
-- needs: postcodes, localAuthorities
-- PL_LA is derived from the placement postcode, which short breaks (V3/V4) must not give.
-- from 2023-24
SELECT 'Episodes' AS table_name, row_no, CHILD AS child
FROM episodes
WHERE LS IN ('V3', 'V4') AND PL_LA IS NOT NULL
