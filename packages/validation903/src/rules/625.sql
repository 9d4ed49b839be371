-- rule 625
-- message: Date of birth of the first child is beyond the end of this reporting year or the date the child ceased to be looked after.
-- fields: DEC, MC_DOB
-- tables: Episodes, Header
-- Checked against the child's latest ended episode, as the reference does; a child with no ended episode is not
-- checked at all (the reference only looks at children whose latest DEC is known). A child still looked after (an
-- open episode) has not ceased: an MC_DOB after an earlier episode's DEC (a placement change, say) is not checked
-- against it, where the reference fails it.
-- from 2023-24
WITH latest AS (
  SELECT row_no, CHILD, DEC_date,
         row_number() OVER (PARTITION BY CHILD ORDER BY DEC_date DESC, row_no) AS k
  FROM episodes WHERE DEC_date IS NOT NULL
), hits AS (
  SELECT e.row_no AS e_row, h.row_no AS h_row, h.CHILD
  FROM latest e JOIN header h ON h.CHILD = e.CHILD
  WHERE e.k = 1
    AND (h.MC_DOB_date > collection_end()
         OR (h.MC_DOB_date > e.DEC_date AND h.CHILD NOT IN (SELECT CHILD FROM episodes WHERE DEC IS NULL AND CHILD IS NOT NULL)))
)
SELECT 'Episodes' AS table_name, e_row AS row_no, CHILD AS child FROM hits
UNION ALL
SELECT 'Header' AS table_name, h_row AS row_no, CHILD AS child FROM hits
