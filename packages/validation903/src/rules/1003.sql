-- rule 1003
-- message: Date of LA's decision that a child should be placed for adoption is before the child started to be looked after.
-- fields: DATE_PLACED, DECOM, RNE
-- tables: Episodes, PlacedAdoption
-- The decision to place for adoption cannot precede the start of care: compared with the first episode
-- that starts a period of care (RNE = S). Both the episode and the PlacedAdoption row are flagged.
-- from 2023-24
WITH first_s AS (
  SELECT row_no, CHILD, DECOM_date
  FROM (
    SELECT row_no, CHILD, DECOM_date,
           ROW_NUMBER() OVER (PARTITION BY CHILD ORDER BY DECOM_date, row_no) AS n
    FROM episodes
    WHERE RNE = 'S' AND DECOM_date IS NOT NULL
  ) AS e
  WHERE n = 1
), bad AS (
  SELECT f.row_no AS ep_row, p.row_no AS pa_row, f.CHILD
  FROM first_s f JOIN placed_adoption p ON p.CHILD = f.CHILD
  WHERE p.DATE_PLACED_date < f.DECOM_date
)
SELECT 'Episodes' AS table_name, ep_row AS row_no, CHILD AS child FROM bad
UNION ALL
SELECT 'PlacedAdoption' AS table_name, pa_row AS row_no, CHILD AS child FROM bad
