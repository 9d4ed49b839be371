-- Children adopted from $periodStart to $periodEnd (REC E11 or E12, DfE LAIT 208; the latest adoption should there be
-- two), each with the dates the adoption scorecard measures between, all from the period of care that ended in the
-- adoption ("entry into care means the start of the final period of care", DfE):
-- - entered_care_on: that period's first DECOM;
-- - placed_for_adoption_on: the first episode of that period placed for adoption (PLACE A3-A6): moving in with the
--   adoptive family;
-- - moved_in_with_carers_on: when the child began living with the carers they were placed for adoption with (the
--   placements projection's carer_since: for foster carers who adopt, A3/A5, the start of the foster placement);
-- - court_authority_on: the first episode of that period with a placement order (LS E1) or freeing order (D1);
-- - matched_on and foster_carers_adopting: the latest match with adopters on or before the adoption (AD1).
WITH adoptions AS (
  SELECT e.child_key, e.child_id, e.period_no, e.dec AS adopted_on, e.rec
  FROM episodes e
  WHERE e.la_code = $laCode AND e.rec IN ('E11', 'E12')
    AND e.dec BETWEEN CAST($periodStart AS DATE) AND CAST($periodEnd AS DATE)
  QUALIFY row_number() OVER (PARTITION BY e.child_key ORDER BY e.dec DESC) = 1
),
period_dates AS (
  SELECT child_key, period_no, min(decom) AS entered_care_on,
         min(decom) FILTER (WHERE place IN ('A3', 'A4', 'A5', 'A6')) AS placed_for_adoption_on,
         min(decom) FILTER (WHERE ls IN ('E1', 'D1')) AS court_authority_on
  FROM episodes WHERE la_code = $laCode GROUP BY child_key, period_no
),
matches AS (
  SELECT a.child_key, arg_max(m.match_date, (m.match_date, m.log_partition, m.log_offset)) AS matched_on,
         arg_max(m.foster_carers_adopting, (m.match_date, m.log_partition, m.log_offset)) AS foster_carers_adopting
  FROM adoptions a JOIN adoption_matches m ON m.child_key = a.child_key AND m.match_date <= a.adopted_on
  GROUP BY a.child_key
),
carers AS (
  SELECT p.child_key, p.period_no, p.started_on, p.ended_on, p.carer_since FROM placements p WHERE p.la_code = $laCode
)
SELECT a.child_id, a.adopted_on, a.rec, d.entered_care_on, d.placed_for_adoption_on, d.court_authority_on,
       m.matched_on, m.foster_carers_adopting, c.carer_since AS moved_in_with_carers_on
FROM adoptions a
JOIN period_dates d ON d.child_key = a.child_key AND d.period_no = a.period_no
LEFT JOIN matches m ON m.child_key = a.child_key
LEFT JOIN carers c ON c.child_key = a.child_key AND c.period_no = a.period_no
  AND c.started_on <= d.placed_for_adoption_on AND (c.ended_on IS NULL OR c.ended_on > d.placed_for_adoption_on)
