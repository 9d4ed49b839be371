-- The children looked after at $periodEnd (looked_after_at: the lookedAfterAt cohort), each with what stability measures ask of them: when
-- their current period of care began (looked after continuously since), their age on the date, and since when they
-- have lived with the same carers (placements.carer_since). A child now placed for adoption with new carers (A4/A6)
-- keeps the time of the placement before it, as DfE's long-term stability lets "their adoptive placement together
-- with their previous placement" count; A3/A5 (with the current foster carers) already continue it.
WITH current_period AS (
  SELECT o.child_id, min(s.period_started) AS period_started
  FROM (SELECT child_id, period_no FROM episodes
        WHERE la_code = $laCode AND decom <= CAST($periodEnd AS DATE) AND (dec IS NULL OR dec > CAST($periodEnd AS DATE))) o
  JOIN (SELECT child_id, period_no, min(decom) AS period_started FROM episodes WHERE la_code = $laCode GROUP BY child_id, period_no) s
    ON s.child_id = o.child_id AND s.period_no = o.period_no
  GROUP BY o.child_id
),
placement_on_date AS (
  SELECT x.child_id, x.place, x.carer_since, x.previous_carer_since
  FROM (SELECT p.child_id, p.place, p.carer_since, p.started_on, p.ended_on,
               lag(p.carer_since) OVER (PARTITION BY p.child_key, p.period_no ORDER BY p.started_on) AS previous_carer_since
        FROM placements p WHERE p.la_code = $laCode) x
  WHERE x.started_on <= CAST($periodEnd AS DATE) AND (x.ended_on IS NULL OR x.ended_on > CAST($periodEnd AS DATE))
)
SELECT b.child_id, b.date_of_birth,
       CAST(date_sub('year', b.date_of_birth, CAST($periodEnd AS DATE)) AS INTEGER) AS age,
       cp.period_started,
       pd.place AS placement_type,
       CASE WHEN pd.place IN ('A4', 'A6') AND pd.previous_carer_since IS NOT NULL THEN pd.previous_carer_since ELSE pd.carer_since END AS carer_since
FROM looked_after_at b
LEFT JOIN current_period cp ON cp.child_id = b.child_id
LEFT JOIN placement_on_date pd ON pd.child_id = b.child_id
