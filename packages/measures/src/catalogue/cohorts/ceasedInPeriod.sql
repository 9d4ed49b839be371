-- Children who ceased to be looked after from $periodStart to $periodEnd (DfE, anchors 2.4): an episode, not a short
-- break ($shortBreakStatuses: V3/V4), ended in the period for a reason other than X1 (a change of episode). A DEC with
-- a blank REC (DfE rule 148) is a cease unless another of the child's episodes starts that day (care went on), as
-- headlineFigures reads it; its reason is 'Not recorded'. Only the last cease in the period counts and describes
-- the child: its reason (REC) and the start of that period of care.
WITH periods_of_care AS (
  SELECT child_key, period_no, min(decom) AS period_started FROM episodes WHERE la_code = $laCode GROUP BY child_key, period_no
)
SELECT e.child_id, strftime(e.dec, '%Y-%m-%d') AS ceased_on, coalesce(e.rec, 'Not recorded') AS rec, e.ls,
       strftime(p.period_started, '%Y-%m-%d') AS period_started
FROM episodes e
JOIN periods_of_care p ON p.child_key = e.child_key AND p.period_no = e.period_no
WHERE e.la_code = $laCode
  AND e.dec BETWEEN CAST($periodStart AS DATE) AND CAST($periodEnd AS DATE)
  AND NOT coalesce(list_contains(string_split($shortBreakStatuses, ','), e.ls), false)
  AND (e.rec <> 'X1'
       OR (e.rec IS NULL AND NOT EXISTS (SELECT 1 FROM episodes n
                                         WHERE n.child_key = e.child_key AND n.decom = e.dec AND n.episode_no <> e.episode_no)))
QUALIFY row_number() OVER (PARTITION BY e.child_key ORDER BY e.dec DESC, e.episode_no DESC) = 1
