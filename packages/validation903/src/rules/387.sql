-- rule 387
-- message: Reason episode ceased is child moved into independent living arrangement, but the child is aged under 14.
-- fields: REC
-- tables: Episodes, Header
-- A child cannot move into independent living (REC E5/E6) before the 14th birthday. The reference validator also
-- fails such an episode when the child's DOB is missing or the child has no Header row; careledger needs both dates
-- to judge the age. Only the episode is flagged.
-- from 2023-24
SELECT 'Episodes' AS table_name, e.row_no, e.CHILD AS child
FROM episodes e
JOIN header h ON h.CHILD = e.CHILD
WHERE e.REC IN ('E5', 'E6') AND e.DEC_date < h.DOB_date + INTERVAL 14 YEAR
