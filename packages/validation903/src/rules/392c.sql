-- rule 392c
-- message: Postcode(s) provided are invalid.
-- fields: HOME_POST, PL_POST
-- tables: Episodes
-- needs: postcodes
-- A postcode given but absent from the ONS Postcode Directory (compared without spaces, as the directory is keyed).
-- from 2023-24
SELECT 'Episodes' AS table_name, e.row_no, e.CHILD AS child
FROM episodes e
LEFT JOIN postcodes h ON h.pcd_abbr = replace(e.HOME_POST, ' ', '')
LEFT JOIN postcodes p ON p.pcd_abbr = replace(e.PL_POST, ' ', '')
WHERE (e.HOME_POST IS NOT NULL AND h.pcd_abbr IS NULL)
   OR (e.PL_POST IS NOT NULL AND p.pcd_abbr IS NULL)
