-- Children looked after at $periodEnd (DfE, anchors 2.2): one of their episodes started on or before the date and had
-- not ceased by it (ceasing on the date is not being in care), short breaks ($shortBreakStatuses: V3/V4) excluded.
-- The episode open on the date describes the child, its PLACE as known on the date (the latest reclassification
-- dated on or before it). UASC (anchors 2.12) as the return judges it: the latest details dated on or before the
-- date (then by log position) say UASC, and the status had not ended before the date (child_details.uasc_ends: DUC,
-- or the 18th birthday when none is recorded). A child with no details by the date is not UASC. The date of birth
-- is the one in force on the date, or, when nothing was dated by then, the earliest recorded.
WITH open_on_date AS (
  SELECT e.child_id, e.child_key, e.decom, e.ls, coalesce(r.place, e.place) AS place, e.place_provider
  FROM episodes e
  LEFT JOIN (SELECT child_key, decom, arg_max(place, (reclassified_on, log_partition, log_offset)) AS place
             FROM placement_reclassifications
             WHERE la_code = $laCode AND reclassified_on <= CAST($periodEnd AS DATE)
             GROUP BY child_key, decom) r ON r.child_key = e.child_key AND r.decom = e.decom
  WHERE e.la_code = $laCode
    AND e.decom <= CAST($periodEnd AS DATE) AND (e.dec IS NULL OR e.dec > CAST($periodEnd AS DATE))
    AND NOT coalesce(list_contains(string_split($shortBreakStatuses, ','), e.ls), false)
  QUALIFY row_number() OVER (PARTITION BY e.child_key ORDER BY e.decom DESC) = 1
),
details_on_date AS (
  SELECT d.child_key, d.uasc, d.uasc_ends
  FROM child_details d
  WHERE d.la_code = $laCode AND d.fact_date <= CAST($periodEnd AS DATE)
  QUALIFY row_number() OVER (PARTITION BY d.child_key ORDER BY d.fact_date DESC, d.log_partition DESC, d.log_offset DESC) = 1
),
-- Aggregates, not a window ordered by the date: a measure over many periods reads the date from each period row,
-- and DuckDB cannot order a window by it.
birth_dates_by_date AS (
  SELECT child_key, arg_max(date_of_birth, (fact_date, log_partition, log_offset)) AS date_of_birth
  FROM child_details
  WHERE la_code = $laCode AND date_of_birth IS NOT NULL AND fact_date <= CAST($periodEnd AS DATE)
  GROUP BY child_key
),
earliest_birth_dates AS (
  SELECT child_key, arg_min(date_of_birth, (fact_date, log_partition, log_offset)) AS date_of_birth
  FROM child_details
  WHERE la_code = $laCode AND date_of_birth IS NOT NULL
  GROUP BY child_key
)
SELECT o.child_id, strftime(o.decom, '%Y-%m-%d') AS episode_started, o.ls, o.place, o.place_provider,
       coalesce(d.uasc AND (d.uasc_ends IS NULL OR d.uasc_ends >= CAST($periodEnd AS DATE)), false) AS uasc,
       CASE WHEN d.uasc THEN strftime(d.uasc_ends, '%Y-%m-%d') END AS uasc_ends,
       coalesce(b.date_of_birth, eb.date_of_birth) AS date_of_birth
FROM open_on_date o
LEFT JOIN details_on_date d ON d.child_key = o.child_key
LEFT JOIN birth_dates_by_date b ON b.child_key = o.child_key
LEFT JOIN earliest_birth_dates eb ON eb.child_key = o.child_key
