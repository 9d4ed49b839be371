-- rule 169
-- message: Local Authority (LA) of placement is not valid or is missing. Please check a valid postcode has been entered.
-- fields: PL_LA
-- tables: Episodes
-- needs: postcodes, localAuthorities
-- PL_LA is derived from the placement postcode, so it is valid whenever present; it is missing when the postcode is
-- blank or not in the directory. Respite (V3/V4) episodes are exempt.
-- from 2023-24
SELECT 'Episodes' AS table_name, row_no, CHILD AS child FROM episodes
WHERE PL_LA IS NULL AND (LS IS NULL OR LS NOT IN ('V3', 'V4'))
