-- rule 392b
-- message: Child is looked after but no postcodes are recorded. [NOTE: This check may result in false positives for children formerly UASC, particularly if current & prior year UASC data not loaded]
-- fields: HOME_POST, PL_POST
-- tables: Episodes
-- Every looked-after episode should have both the home postcode and the placement postcode.
-- Former UASC children may have no home postcode, so they are excused: careledger's header has no UASC flag, so a
-- child is taken as (formerly) UASC when this or last year's UASC table holds a row for them with more than CHILD
-- and DOB (as the reference validator builds the flag from those tables). The DfE also looks two years back, which
-- the return cannot show (hence the NOTE). Respite episodes (LS V3/V4) are excused.
-- from 2023-24
WITH former_uasc AS (
  SELECT CHILD FROM uasc WHERE SEX IS NOT NULL OR DUC IS NOT NULL
  UNION
  SELECT CHILD FROM uasc_last WHERE SEX IS NOT NULL OR DUC IS NOT NULL
)
SELECT 'Episodes' AS table_name, e.row_no, e.CHILD AS child
FROM episodes e
WHERE (e.HOME_POST IS NULL OR e.PL_POST IS NULL)
  AND (e.LS IS NULL OR e.LS NOT IN ('V3', 'V4'))
  AND NOT EXISTS (SELECT 1 FROM former_uasc u WHERE u.CHILD = e.CHILD)
