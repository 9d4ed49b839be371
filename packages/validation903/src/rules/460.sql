-- rule 460
-- message: Reason episode ceased is that child stayed with current carers at age 18 (or above), but child is aged under 18.
-- fields: DEC, REC
-- tables: Episodes, Header
-- E17 (staying put at 18 or over) needs the child to be 18 on the day care ceased; the episode fails.
-- from 2023-24
SELECT 'Episodes' AS table_name, e.row_no, e.CHILD AS child
FROM episodes e JOIN header h ON h.CHILD = e.CHILD
WHERE e.REC = 'E17' AND e.DEC_date IS NOT NULL AND h.DOB_date IS NOT NULL AND age_on(h.DOB_date, e.DEC_date) < 18
