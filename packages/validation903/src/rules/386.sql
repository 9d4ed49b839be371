-- rule 386
-- message: Reason episode ceased is adopted but child has reached age 18.
-- fields: REC
-- tables: Episodes, Header
-- An adoption order (REC E11/E12) can only be made for a child under 18: ceasing by adoption on or after the 18th
-- birthday fails. Only the episode is flagged, as in the reference validator.
-- from 2023-24
SELECT 'Episodes' AS table_name, e.row_no, e.CHILD AS child
FROM episodes e
JOIN header h ON h.CHILD = e.CHILD
WHERE e.REC IN ('E11', 'E12') AND e.DEC_date >= h.DOB_date + INTERVAL 18 YEAR
