-- rule 575
-- message: If the placement from which the child goes missing/away from placement without authorisation ends, the missing/away from placement without authorisation period in the missing module must also have an end date.
-- fields: MIS_END
-- tables: Episodes, Missing
-- An open missing period fails when it started during an episode that has ended (start on or between DECOM and DEC).
-- from 2023-24
SELECT DISTINCT 'Missing' AS table_name, m.row_no, m.CHILD AS child
FROM missing m
JOIN episodes e ON e.CHILD = m.CHILD
WHERE m.MIS_END IS NULL AND e.DEC_date IS NOT NULL
  AND m.MIS_START_date >= e.DECOM_date AND m.MIS_START_date <= e.DEC_date
