/**
 * Re-derives the projections of every child in `dirty_children` from their events, set-wise. Run inside the
 * caller's transaction; the statements run in order.
 *
 * Corrections: a retraction removes its target; the latest (by log position) live replacement of a fact stands in
 * for it, keeping the fact's place in the log. Facts are then ordered by (date, start < change < end, log position).
 */
const CARE_TYPES = `('PeriodOfCareStarted', 'PlacementChanged', 'LegalStatusChanged', 'PeriodOfCareEnded')`;

export const DERIVE_DIRTY_CHILDREN: readonly string[] = [
  `CREATE OR REPLACE TEMP VIEW scope_events AS
   SELECT * FROM events WHERE child_key IN (SELECT child_key FROM dirty_children)`,

  `CREATE OR REPLACE TEMP TABLE retracted_ids AS
   SELECT DISTINCT target_event_id AS id FROM scope_events WHERE type = 'EventRetracted'`,

  `CREATE OR REPLACE TEMP TABLE replacing AS
   SELECT * FROM scope_events
   WHERE type = 'EventReplaced' AND event_id NOT IN (SELECT id FROM retracted_ids)
   QUALIFY row_number() OVER (PARTITION BY target_event_id ORDER BY log_partition DESC, log_offset DESC) = 1`,

  `CREATE OR REPLACE TEMP TABLE effective_facts AS
   SELECT f.* FROM scope_events f
   WHERE f.type NOT IN ('EventRetracted', 'EventReplaced')
     AND f.event_id NOT IN (SELECT id FROM retracted_ids)
     AND f.event_id NOT IN (SELECT target_event_id FROM replacing)
   UNION ALL BY NAME
   SELECT r.* REPLACE (f.event_id AS event_id, f.log_partition AS log_partition, f.log_offset AS log_offset)
   FROM replacing r JOIN scope_events f ON f.event_id = r.target_event_id AND f.child_key = r.child_key
   WHERE f.type NOT IN ('EventRetracted', 'EventReplaced') AND f.event_id NOT IN (SELECT id FROM retracted_ids)`,

  `DELETE FROM children WHERE child_key IN (SELECT child_key FROM dirty_children)`,
  `INSERT INTO children
   SELECT child_key, arg_max(la_code, k), arg_max(child_id, k), arg_max(sex, k), arg_max(date_of_birth, k),
          arg_max(ethnicity, k), arg_max(upn, k), arg_max(is_mother, k), arg_max(childs_dob, k), arg_max(uasc, k),
          arg_max(uasc_ceased, k)
   FROM (SELECT *, (fact_date, log_partition, log_offset) AS k FROM effective_facts WHERE fact_type = 'ChildDetailsRecorded')
   GROUP BY child_key`,

  `DELETE FROM reviews WHERE child_key IN (SELECT child_key FROM dirty_children)`,
  `INSERT INTO reviews
   SELECT child_key, la_code, child_id, fact_date, participation, event_id
   FROM effective_facts WHERE fact_type = 'ReviewHeld'`,

  `DELETE FROM missing_episodes WHERE child_key IN (SELECT child_key FROM dirty_children)`,
  `INSERT INTO missing_episodes
   SELECT s.child_key, s.la_code, s.child_id, s.missing_episode_id, s.missing_type, s.fact_date,
          (SELECT max(e.fact_date) FROM effective_facts e
            WHERE e.fact_type = 'MissingEpisodeEnded' AND e.child_key = s.child_key
              AND e.missing_episode_id = s.missing_episode_id AND e.fact_date >= s.fact_date)
   FROM (SELECT * FROM effective_facts WHERE fact_type = 'MissingEpisodeStarted'
         QUALIFY row_number() OVER (PARTITION BY child_key, missing_episode_id ORDER BY log_partition DESC, log_offset DESC) = 1) s`,

  // Care facts in order; a period of care runs from a start to the first end after it.
  `CREATE OR REPLACE TEMP TABLE care_facts AS
   SELECT *, sum(CASE WHEN fact_type = 'PeriodOfCareStarted' THEN 1 ELSE 0 END)
               OVER (PARTITION BY child_key ORDER BY fact_date, ord, log_partition, log_offset ROWS UNBOUNDED PRECEDING) AS period_no
   FROM (SELECT child_key, la_code, child_id, event_id, fact_type, fact_date, log_partition, log_offset, legal_status,
                category_of_need, placement_type, placement_provider, placement_postcode, urn, home_postcode,
                reason_for_change, same_carer, reason_ceased,
                CASE fact_type WHEN 'PeriodOfCareStarted' THEN 0 WHEN 'PeriodOfCareEnded' THEN 2 ELSE 1 END AS ord
         FROM effective_facts WHERE fact_type IN ${CARE_TYPES})`,

  `CREATE OR REPLACE TEMP TABLE care_periods AS
   SELECT child_key, period_no,
          min(fact_date) FILTER (WHERE fact_type = 'PeriodOfCareStarted') AS start_date,
          min(fact_date) FILTER (WHERE fact_type = 'PeriodOfCareEnded') AS end_date,
          arg_min(reason_ceased, (fact_date, log_partition, log_offset)) FILTER (WHERE fact_type = 'PeriodOfCareEnded') AS reason_ceased
   FROM care_facts WHERE period_no > 0 GROUP BY child_key, period_no`,

  // One row per day on which the period started or something changed (changes on or after the end are ignored).
  `CREATE OR REPLACE TEMP TABLE care_days AS
   SELECT f.child_key, any_value(f.la_code) AS la_code, any_value(f.child_id) AS child_id, f.period_no, f.fact_date AS day,
     bool_or(f.fact_type = 'PeriodOfCareStarted') AS has_start,
     bool_or(f.fact_type = 'PlacementChanged') AS has_move,
     bool_or(f.fact_type IN ('PeriodOfCareStarted', 'LegalStatusChanged')) AS sets_ls,
     arg_max(f.legal_status, (f.ord, f.log_partition, f.log_offset)) FILTER (WHERE f.fact_type IN ('PeriodOfCareStarted', 'LegalStatusChanged')) AS ls_set,
     arg_max({'place': f.placement_type, 'provider': f.placement_provider, 'postcode': f.placement_postcode, 'urn': f.urn},
             (f.ord, f.log_partition, f.log_offset)) FILTER (WHERE f.fact_type IN ('PeriodOfCareStarted', 'PlacementChanged')) AS placement_set,
     bool_and(f.same_carer) FILTER (WHERE f.fact_type = 'PlacementChanged') AS same_carer,
     arg_max(f.reason_for_change, (f.log_partition, f.log_offset)) FILTER (WHERE f.fact_type = 'PlacementChanged') AS reason_for_change,
     arg_max(f.category_of_need, (f.log_partition, f.log_offset)) FILTER (WHERE f.fact_type = 'PeriodOfCareStarted') AS cin_set,
     arg_max(f.home_postcode, (f.log_partition, f.log_offset)) FILTER (WHERE f.fact_type = 'PeriodOfCareStarted') AS home_set
   FROM care_facts f JOIN care_periods p ON p.child_key = f.child_key AND p.period_no = f.period_no
   WHERE f.period_no > 0 AND f.fact_type <> 'PeriodOfCareEnded' AND (p.end_date IS NULL OR f.fact_date < p.end_date)
   GROUP BY f.child_key, f.period_no, f.fact_date`,

  `CREATE OR REPLACE TEMP TABLE care_states AS
   SELECT *,
     last_value(ls_set IGNORE NULLS) OVER w AS ls,
     last_value(placement_set IGNORE NULLS) OVER w AS placement,
     first_value(cin_set IGNORE NULLS) OVER w AS cin,
     first_value(home_set IGNORE NULLS) OVER w AS home_post
   FROM care_days
   WINDOW w AS (PARTITION BY child_key, period_no ORDER BY day ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)`,

  `CREATE OR REPLACE TEMP TABLE care_changes AS
   SELECT *, has_start OR has_move OR ls_changed AS opens_episode
   FROM (SELECT *, sets_ls AND ls IS DISTINCT FROM lag(ls) OVER (PARTITION BY child_key, period_no ORDER BY day) AS ls_changed
         FROM care_states)`,

  `DELETE FROM episodes WHERE child_key IN (SELECT child_key FROM dirty_children)`,
  `INSERT INTO episodes
   SELECT e.child_key, e.la_code, e.child_id, e.period_no,
     row_number() OVER (PARTITION BY e.child_key ORDER BY e.day) AS episode_no,
     e.day AS decom,
     CASE WHEN e.has_start THEN 'S'
          WHEN e.has_move AND e.ls_changed THEN CASE WHEN e.same_carer THEN 'U' ELSE 'B' END
          WHEN e.has_move THEN CASE WHEN e.same_carer THEN 'T' ELSE 'P' END
          ELSE 'L' END AS rne,
     e.ls, e.cin, e.placement.place, e.placement.provider,
     coalesce(lead(e.day) OVER np, p.end_date) AS dec,
     CASE WHEN lead(e.day) OVER np IS NOT NULL THEN 'X1' ELSE p.reason_ceased END AS rec,
     CASE WHEN lead(e.has_move) OVER np THEN lead(e.reason_for_change) OVER np END AS reason_place_change,
     e.home_post, e.placement.postcode, e.placement.urn
   FROM care_changes e JOIN care_periods p ON p.child_key = e.child_key AND p.period_no = e.period_no
   WHERE e.opens_episode
   WINDOW np AS (PARTITION BY e.child_key, e.period_no ORDER BY e.day)`,

  `DELETE FROM data_quality_issues WHERE child_key IN (SELECT child_key FROM dirty_children)`,
  `INSERT INTO data_quality_issues
   SELECT c.child_key, c.la_code, c.child_id, NULL, 'dateOfBirth',
          'date of birth ' || strftime(c.date_of_birth, '%Y-%m-%d') || ' is after the period of care started on ' || strftime(p.first_start, '%Y-%m-%d')
   FROM children c
   JOIN (SELECT child_key, min(start_date) AS first_start FROM care_periods GROUP BY child_key) p ON p.child_key = c.child_key
   WHERE c.child_key IN (SELECT child_key FROM dirty_children) AND p.first_start < c.date_of_birth`,
  `INSERT INTO data_quality_issues
   SELECT f.child_key, f.la_code, f.child_id, f.event_id, 'type',
          f.fact_type || ' on ' || strftime(f.fact_date, '%Y-%m-%d') || ' is outside any period of care'
   FROM care_facts f LEFT JOIN care_periods p ON p.child_key = f.child_key AND p.period_no = f.period_no
   WHERE f.fact_type <> 'PeriodOfCareStarted'
     AND (f.period_no = 0 OR (p.end_date IS NOT NULL AND f.fact_date > p.end_date))`,
  `DELETE FROM dirty_children`,
];
