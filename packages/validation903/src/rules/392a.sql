-- rule 392a
-- message: Child is looked after but no distance is recorded. [NOTE: This check may result in false positives for children formerly UASC]
-- fields: PL_DISTANCE
-- tables: Episodes
-- needs: postcodes
-- Every looked-after episode should have a distance between home and placement (PL_DISTANCE, derived from the two
-- postcodes with the ONS Postcode Directory, hence the need).
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
WHERE e.PL_DISTANCE IS NULL
  AND (e.LS IS NULL OR e.LS NOT IN ('V3', 'V4'))
  AND NOT EXISTS (SELECT 1 FROM former_uasc u WHERE u.CHILD = e.CHILD)
