-- rule 389
-- message: Reason episode ceased is that child transferred to care of adult social care services, but child is aged under 16.
-- fields: REC
-- tables: Episodes, Header
-- Care transfers to adult social care (REC E7) only from the 16th birthday. The reference validator also fails an E7
-- episode with no (valid) DEC or DOB, or no Header row; careledger needs both dates to judge the age (a REC without
-- DEC is rule 148's). Only the episode is flagged.
-- from 2023-24
SELECT 'Episodes' AS table_name, e.row_no, e.CHILD AS child
FROM episodes e
JOIN header h ON h.CHILD = e.CHILD
WHERE e.REC IN ('E7') AND e.DEC_date < h.DOB_date + INTERVAL 16 YEAR
