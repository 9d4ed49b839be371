-- rule 179
-- message: Placement location code is not a valid code.
-- fields: PL_LOCATION
-- tables: Episodes
-- needs: postcodes, localAuthorities
-- PL_LOCATION is derived, so it is valid whenever present; missing means the placement postcode could not be placed.
-- Respite (V3/V4) episodes are exempt.
-- from 2023-24
SELECT 'Episodes' AS table_name, row_no, CHILD AS child FROM episodes
WHERE PL_LOCATION IS NULL AND (LS IS NULL OR LS NOT IN ('V3', 'V4'))
