-- rule 557
-- message: Child for whom the decision was made that they should be placed for adoption has left care but was not adopted and information on the decision that they should no longer be placed for adoption items has not been completed.
-- fields: DATE_PLACED_CEASED, LS, PLACE, REASON_PLACED_CEASED, REC
-- tables: Episodes, PlacedAdoption
-- A child with an adoption placement (A3-A6) or order (D1/E1) whose period of care ended other than by adoption
-- (REC given, not E11/E12, not X1) needs a completed ceased decision: the episode fails when the child has no
-- PlacedAdoption row, and both the episode and the PlacedAdoption row fail when its ceased date or reason is blank.
-- In 2024-25 the freeing order (D1) left the trigger: only placement orders (E1) and A3-A6 placements count.
-- from 2023-24
WITH eps AS (
  SELECT row_no, CHILD FROM episodes
  WHERE (PLACE IN ('A3', 'A4', 'A5', 'A6') OR LS IN ('D1', 'E1')) AND REC IS NOT NULL AND REC NOT IN ('E11', 'E12', 'X1')
), bad AS (
  SELECT e.row_no AS e_row, p.row_no AS p_row, e.CHILD AS child FROM eps e LEFT JOIN placed_adoption p ON p.CHILD = e.CHILD
  WHERE p.row_no IS NULL OR p.DATE_PLACED_CEASED IS NULL OR p.REASON_PLACED_CEASED IS NULL
)
SELECT 'Episodes' AS table_name, e_row AS row_no, child FROM bad
UNION ALL SELECT 'PlacedAdoption', p_row, child FROM bad WHERE p_row IS NOT NULL
-- from 2024-25
WITH eps AS (
  SELECT row_no, CHILD FROM episodes
  WHERE (PLACE IN ('A3', 'A4', 'A5', 'A6') OR LS = 'E1') AND REC IS NOT NULL AND REC NOT IN ('E11', 'E12', 'X1')
), bad AS (
  SELECT e.row_no AS e_row, p.row_no AS p_row, e.CHILD AS child FROM eps e LEFT JOIN placed_adoption p ON p.CHILD = e.CHILD
  WHERE p.row_no IS NULL OR p.DATE_PLACED_CEASED IS NULL OR p.REASON_PLACED_CEASED IS NULL
)
SELECT 'Episodes' AS table_name, e_row AS row_no, child FROM bad
UNION ALL SELECT 'PlacedAdoption', p_row, child FROM bad WHERE p_row IS NOT NULL
