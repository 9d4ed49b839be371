-- Children who started to be looked after from $periodStart to $periodEnd (DfE, anchors 2.4): an episode that opened a
-- period of care (RNE S) in the period, short breaks ($shortBreakStatuses: V3/V4) excluded; only the first start in
-- the period counts, and it describes the child.
SELECT e.child_id, strftime(e.decom, '%Y-%m-%d') AS started_on, e.ls, e.cin, e.place
FROM episodes e
WHERE e.la_code = $laCode AND e.rne = 'S'
  AND e.decom BETWEEN CAST($periodStart AS DATE) AND CAST($periodEnd AS DATE)
  AND NOT coalesce(list_contains(string_split($shortBreakStatuses, ','), e.ls), false)
QUALIFY row_number() OVER (PARTITION BY e.child_key ORDER BY e.decom) = 1
