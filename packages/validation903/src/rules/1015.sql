-- rule 1015
-- message: Placement provider is own provision but child not placed in own LA.
-- fields: PL_LA
-- tables: Episodes
-- needs: postcodes, localAuthorities, laCode
-- An LA's own provision (PLACE_PROVIDER PR1) lies in its own area, except foster and adoption placements
-- (A3-A6, U1-U6; from 2025-26 also K3) and short breaks (V3/V4). Checked only where PL_LA is known (the placement
-- postcode is in the directory): the reference also fails an unknown PL_LA, which says nothing about the LA.
-- from 2023-24
SELECT 'Episodes' AS table_name, row_no, CHILD AS child
FROM episodes
WHERE PLACE_PROVIDER = 'PR1' AND LS IS NOT NULL AND PLACE IS NOT NULL
  AND LS NOT IN ('V3', 'V4')
  AND PLACE NOT IN ('A3', 'A4', 'A5', 'A6', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6')
  AND PL_LA IS NOT NULL
  AND PL_LA IS DISTINCT FROM (SELECT any_value(UTLA_CODE) FROM local_authorities WHERE LA_CODE = la_code())
-- from 2025-26
SELECT 'Episodes' AS table_name, row_no, CHILD AS child
FROM episodes
WHERE PLACE_PROVIDER = 'PR1' AND LS IS NOT NULL AND PLACE IS NOT NULL
  AND LS NOT IN ('V3', 'V4')
  AND PLACE NOT IN ('A3', 'A4', 'A5', 'A6', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'K3')
  AND PL_LA IS NOT NULL
  AND PL_LA IS DISTINCT FROM (SELECT any_value(UTLA_CODE) FROM local_authorities WHERE LA_CODE = la_code())
