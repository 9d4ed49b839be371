-- One row per day on which a period started or something changed (changes on or after the end are ignored). The
-- last fact of a day is the one latest in care_facts' order (seq: date, start < change < end, log position).
CREATE OR REPLACE TEMP TABLE care_days AS
SELECT f.child_key, any_value(f.la_code) AS la_code, any_value(f.child_id) AS child_id, f.period_no, f.fact_date AS day,
  bool_or(f.fact_type = 'PeriodOfCareStarted') AS has_start,
  bool_or(f.fact_type = 'PlacementChanged') AS has_move,
  bool_or(f.fact_type IN ('PeriodOfCareStarted', 'LegalStatusChanged')) AS sets_ls,
  arg_max(f.legal_status, f.seq) FILTER (WHERE f.fact_type IN ('PeriodOfCareStarted', 'LegalStatusChanged')) AS ls_set,
  arg_max({'place': f.placement_type, 'provider': f.placement_provider, 'postcode': f.placement_postcode, 'urn': f.urn,
           'distance_miles': f.placement_distance_miles},
          f.seq) FILTER (WHERE f.fact_type IN ('PeriodOfCareStarted', 'PlacementChanged')) AS placement_set,
  -- The placement's 903 code: set by a start or a move, and changed without a move by a reclassification.
  arg_max(f.placement_type, f.seq)
    FILTER (WHERE f.fact_type IN ('PeriodOfCareStarted', 'PlacementChanged', 'PlacementReclassified')) AS place_set,
  bool_and(f.same_carer) FILTER (WHERE f.fact_type = 'PlacementChanged') AS same_carer,
  arg_max(f.reason_for_change, f.seq) FILTER (WHERE f.fact_type = 'PlacementChanged') AS reason_for_change,
  arg_max(f.category_of_need, f.seq) FILTER (WHERE f.fact_type = 'PeriodOfCareStarted') AS cin_set,
  arg_max(f.home_postcode, f.seq) FILTER (WHERE f.fact_type = 'PeriodOfCareStarted') AS home_set
FROM care_facts f JOIN care_periods p ON p.child_key = f.child_key AND p.period_no = f.period_no
WHERE f.period_no > 0 AND f.fact_type <> 'PeriodOfCareEnded' AND (p.end_date IS NULL OR f.fact_date < p.end_date)
GROUP BY f.child_key, f.period_no, f.fact_date;

-- The state on each day: the latest legal status, placement and placement code so far; CIN and home postcode as at
-- the start.
CREATE OR REPLACE TEMP TABLE care_states AS
SELECT *,
  last_value(ls_set IGNORE NULLS) OVER w AS ls,
  last_value(placement_set IGNORE NULLS) OVER w AS placement,
  last_value(place_set IGNORE NULLS) OVER w AS place,
  first_value(cin_set IGNORE NULLS) OVER w AS cin,
  first_value(home_set IGNORE NULLS) OVER w AS home_post
FROM care_days
WINDOW w AS (PARTITION BY child_key, period_no ORDER BY day ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW);

-- A day opens an episode when the period starts, the placement moves or the legal status really changes (the same
-- status recorded again is not a change). A reclassification alone opens none: the placement is the same.
CREATE OR REPLACE TEMP TABLE care_changes AS
SELECT *, has_start OR has_move OR ls_changed AS opens_episode
FROM (SELECT *, sets_ls AND ls IS DISTINCT FROM lag(ls) OVER (PARTITION BY child_key, period_no ORDER BY day) AS ls_changed
      FROM care_states);
