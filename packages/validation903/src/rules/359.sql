-- rule 359
-- message: Child being looked after following 18th birthday must be accommodated under section 20(5) of the Children Act 1989 in a community home.
-- fields: DEC, LS, PLACE
-- tables: Episodes, Header
-- A child still looked after at the end of the year (open episode) who is 18 by then must be accommodated under
-- section 20(5) (LS V2) in a community home (PLACE K2). Only the episode is flagged, as in the reference validator.
-- from 2023-24
SELECT 'Episodes' AS table_name, e.row_no, e.CHILD AS child
FROM episodes e
JOIN header h ON h.CHILD = e.CHILD
WHERE e.DEC IS NULL
  AND h.DOB_date + INTERVAL 18 YEAR < collection_end()
  AND NOT (e.LS IS NOT DISTINCT FROM 'V2' AND e.PLACE IS NOT DISTINCT FROM 'K2')
