-- rule 210
-- message: Children looked after for more than a week at 31 March should not have an unknown Unique Pupil Number (UPN) code of UN4.
-- fields: DECOM, UPN
-- tables: Episodes, Header
-- DfE: if UPN is UN4 (new to the LA, UPN not yet obtained), no episode may start on or after 24 March of the
-- collection's end year. Both the header and the offending episodes are flagged.
-- from 2023-24
WITH bad AS (
  SELECT h.row_no AS h_row, e.row_no AS e_row, h.CHILD
  FROM header h JOIN episodes e ON e.CHILD = h.CHILD
  WHERE h.UPN = 'UN4' AND e.DECOM_date >= make_date(collection_end_year(), 3, 24)
)
SELECT 'Header' AS table_name, h_row AS row_no, CHILD AS child FROM bad
UNION ALL
SELECT 'Episodes' AS table_name, e_row AS row_no, CHILD AS child FROM bad
