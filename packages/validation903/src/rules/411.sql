-- rule 411
-- message: Placement location code disagrees with LA of placement.
-- fields: PL_LOCATION
-- tables: Episodes
-- needs: postcodes, localAuthorities, laCode
-- Only IN is checked (as the DfE states it): a placement IN the LA must have the placing LA's own code as PL_LA.
-- from 2023-24
SELECT 'Episodes' AS table_name, row_no, CHILD AS child
FROM episodes
WHERE PL_LOCATION = 'IN'
  AND PL_LA IS DISTINCT FROM (SELECT any_value(UTLA_CODE) FROM local_authorities WHERE LA_CODE = la_code())
