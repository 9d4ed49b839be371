-- rule 164
-- message: Distance is not valid. Please check a valid postcode has been entered. [NOTE: This check will result in false positives for children formerly UASC not identified as such in loaded data]
-- fields: PL_DISTANCE
-- tables: Episodes
-- needs: postcodes
-- The DfE excludes UASC and formerly UASC children (careledger knows them by a UASC row this year or last) and
-- respite (V3/V4) episodes; the reference validator's code leaves respite in, though its own spec comment excludes
-- it. Careledger follows the spec. A distance that could not be derived is left blank, as the reference does.
-- from 2023-24
SELECT 'Episodes' AS table_name, e.row_no, e.CHILD AS child FROM episodes e
WHERE e.PL_DISTANCE IS NOT NULL AND (e.PL_DISTANCE < 0 OR e.PL_DISTANCE > 999.9)
  AND (e.LS IS NULL OR e.LS NOT IN ('V3', 'V4'))
  AND NOT EXISTS (SELECT 1 FROM uasc u WHERE u.CHILD = e.CHILD AND u.DUC IS NOT NULL)
  AND NOT EXISTS (SELECT 1 FROM uasc_last u WHERE u.CHILD = e.CHILD AND u.DUC IS NOT NULL)
