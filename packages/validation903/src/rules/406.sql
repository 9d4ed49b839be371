-- rule 406
-- message: Child is Unaccompanied Asylum-Seeking Child (UASC) or was formerly UASC. Distance should be blank. [NOTE: This check will result in false negatives for children formerly UASC not identified as such in loaded data]
-- fields: PL_DISTANCE
-- tables: Episodes
-- needs: postcodes
-- A child is (or was) UASC when listed in this year's or last year's UASC table (the reference derives its Header
-- UASC flag the same way for CSV returns). The distance is derived from the postcodes, so it needs the directory.
-- from 2023-24
SELECT 'Episodes' AS table_name, e.row_no, e.CHILD AS child
FROM episodes e
WHERE e.PL_DISTANCE IS NOT NULL
  AND (e.CHILD IN (SELECT CHILD FROM uasc) OR e.CHILD IN (SELECT CHILD FROM uasc_last))
