-- rule 709
-- message: Child with a DoLO is in an unexpected placement type.
-- fields: DOLO_START
-- tables: DoLo, Episodes
-- The DfE: where an order has both a start and an end, every episode overlapping it should be placed K2 (children's
-- home), Z12 or Z13; the order is flagged. An order still open is not judged, as the DfE's check states. An episode
-- overlaps when it began before the order ended and had not ended by the day the order started: an episode ending on
-- the order's first day (the child moved into the order's placement that day) or beginning on its last does not,
-- since the 903's DEC is the day the next episode begins. An episode still open runs on. The reference counts those
-- boundary days as overlaps, never counts an open episode, and reads a column PLACEMENT the Episodes table does not
-- have; careledger reads PLACE. A blank PLACE is for the rules on PLACE, and dates that cannot be read are not judged.
-- from 2026-27
SELECT DISTINCT 'DoLo' AS table_name, d.row_no, d.CHILD AS child
FROM dolo d
JOIN episodes e ON e.CHILD = d.CHILD
WHERE d.DOLO_START_date IS NOT NULL AND d.DOLO_END_date IS NOT NULL
  AND e.DECOM_date < d.DOLO_END_date AND (e.DEC IS NULL OR e.DEC_date > d.DOLO_START_date)
  AND e.PLACE NOT IN ('K2', 'Z12', 'Z13')
