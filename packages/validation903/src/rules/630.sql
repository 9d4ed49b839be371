-- rule 630
-- message: Information on previous permanence option should be returned.
-- fields: RNE
-- tables: Episodes, PrevPerm
-- An episode starting in the year with RNE S (a new period of care) needs a PrevPerm row with PREV_PERM given, and,
-- unless PREV_PERM is Z1 (no previous permanence), both LA_PERM and DATE_PERM.
-- from 2023-24
SELECT DISTINCT 'Episodes' AS table_name, e.row_no, e.CHILD AS child
FROM episodes e
LEFT JOIN prev_perm p ON p.CHILD = e.CHILD
WHERE e.RNE = 'S' AND e.DECOM_date >= collection_start()
  AND (p.CHILD IS NULL OR p.PREV_PERM IS NULL
       OR (p.PREV_PERM <> 'Z1' AND (p.LA_PERM IS NULL OR p.DATE_PERM IS NULL)))
