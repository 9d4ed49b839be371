-- rule 710
-- message: Child with a DoLO can not be placed in secure children's homes, with parents, young offender institutions, or supported accommodation.
-- fields: DOLO_START, PLACE
-- tables: DoLo, Episodes
-- The DfE: where an order has both a start and an end, no episode overlapping it may be placed K1 (secure children's
-- home), P1 (with parents), R5 (young offender institution) or K3 (supported accommodation); both the order and the
-- episode are flagged. An order still open is not judged, as the DfE's check states. Overlap is rule 709's: an
-- episode that began before the order ended and had not ended by the day it started (an open episode runs on). The
-- reference names its field PLACEMENT, which no 903 table has: the placement type is PLACE.
-- from 2026-27
WITH hits AS (
  SELECT d.row_no AS d_row, e.row_no AS e_row, d.CHILD
  FROM dolo d
  JOIN episodes e ON e.CHILD = d.CHILD
  WHERE d.DOLO_START_date IS NOT NULL AND d.DOLO_END_date IS NOT NULL
    AND e.DECOM_date < d.DOLO_END_date AND (e.DEC IS NULL OR e.DEC_date > d.DOLO_START_date)
    AND e.PLACE IN ('K1', 'P1', 'R5', 'K3')
)
SELECT 'DoLo' AS table_name, d_row AS row_no, CHILD AS child FROM hits
UNION ALL
SELECT 'Episodes' AS table_name, e_row AS row_no, CHILD AS child FROM hits
