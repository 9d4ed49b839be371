-- rule 336
-- message: Child does not have a foster placement immediately prior to being placed for adoption.
-- fields: PLACE
-- tables: Episodes
-- DfE: where PLACE is A3 or A5 (placed for adoption with the current foster carer) the previous episode must be a
-- foster (U1-U6) or such adoption placement (A3-A6). The reference checks A3 and A4 instead of A3 and A5; A4 is
-- placement with adopters who are not the foster carers, so careledger follows the DfE's A3/A5. A child's first
-- episode is not checked.
-- from 2023-24
WITH e AS (
  SELECT row_no, CHILD, PLACE,
    LAG(PLACE) OVER (PARTITION BY CHILD ORDER BY DECOM_date, row_no) AS prev_place,
    LAG(row_no) OVER (PARTITION BY CHILD ORDER BY DECOM_date, row_no) AS prev_row
  FROM episodes
)
SELECT 'Episodes' AS table_name, row_no, CHILD AS child FROM e
WHERE PLACE IN ('A3', 'A5') AND prev_row IS NOT NULL
  AND (prev_place IS NULL OR prev_place NOT IN ('A3', 'A4', 'A5', 'A6', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6'))
