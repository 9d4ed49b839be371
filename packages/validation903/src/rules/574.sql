-- rule 574
-- message: A new missing/away from placement without authorisation period cannot start when the previous missing/away from placement without authorisation period is still open. Missing/away from placement without authorisation periods should also not overlap.
-- fields: MIS_END, MIS_START
-- tables: Missing
-- The later-starting period is the one flagged: it starts while the one before it is open or not yet ended.
-- The reference orders periods by their end (the start when open), which flags the earlier period when a later
-- one is left open; careledger orders by start, which is what "a new period cannot start" means.
-- Periods without a valid start cannot be placed in order and are left out.
-- from 2023-24
WITH m AS (
  SELECT row_no, CHILD, MIS_START_date,
         LAG(row_no) OVER w AS prev_row, LAG(MIS_END) OVER w AS prev_end, LAG(MIS_END_date) OVER w AS prev_end_date
  FROM missing
  WHERE MIS_START_date IS NOT NULL
  WINDOW w AS (PARTITION BY CHILD ORDER BY MIS_START_date, row_no)
)
SELECT 'Missing' AS table_name, row_no, CHILD AS child
FROM m
WHERE prev_row IS NOT NULL AND (prev_end IS NULL OR MIS_START_date < prev_end_date)
