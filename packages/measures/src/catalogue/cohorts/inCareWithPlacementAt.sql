-- The children looked after at $periodEnd (looked_after_at: the lookedAfterAt cohort), each with what the stability
-- measures ask of them, stated here once (what a placement is, is the placements projection's):
--   period_started: the start of their current period of care. Looked after continuously means within one period
--     of care: a period that ends and another that starts later restarts the clock.
--   age: whole years on the date.
--   placement_type: PLACE of the placement open on the date, as known on the date (lookedAfterAt).
--   carer_since: since when they have lived with the same carers (placements.carer_since: on through moves with
--     the same carers, adoption by the foster carers and temporary absences). A child now placed for adoption
--     (A3-A6) whose time with these carers began with that placement for adoption, new carers (A4/A6), counts from
--     the start of the time with the carers before: DfE's "their adoptive placement together with their previous
--     placement".
--   in_care_2_5_years, in_care_2_years: looked after continuously for at least two and a half years (30 months:
--     since 30 September 2021 or before, at 31 March 2024), and two years; same_carers_2_years: with the same
--     carers (carer_since) for at least two years. False when a date is not known.
--   placements in the twelve months and in the two years to the date, with the day each began: a placement counts
--     when it was open on at least one day of those months, so one already open on the first day and one still open
--     on the date both count. It began on or before the date and had not ended before the first day (one ending on
--     the first day was open that day, as the return's in-year rule holds an episode ceasing on 1 April). DfE
--     counts placements of 24 hours or more, and short breaks are not placements here.
WITH current_period AS (
  SELECT o.child_id, min(s.period_started) AS period_started
  FROM (SELECT child_id, period_no FROM episodes
        WHERE la_code = $laCode AND decom <= CAST($periodEnd AS DATE) AND (dec IS NULL OR dec > CAST($periodEnd AS DATE))) o
  JOIN (SELECT child_id, period_no, min(decom) AS period_started FROM episodes WHERE la_code = $laCode GROUP BY child_id, period_no) s
    ON s.child_id = o.child_id AND s.period_no = o.period_no
  GROUP BY o.child_id
),
placement_on_date AS (
  SELECT p.child_id, p.carer_since, p.previous_carer_since, p.carer_first_place
  FROM placements p
  WHERE p.la_code = $laCode AND p.started_on <= CAST($periodEnd AS DATE) AND (p.ended_on IS NULL OR p.ended_on > CAST($periodEnd AS DATE))
),
counted_placements AS (
  SELECT p.child_id, p.started_on,
         p.ended_on IS NULL OR p.ended_on >= CAST(CAST($periodEnd AS DATE) - INTERVAL 1 YEAR + INTERVAL 1 DAY AS DATE) AS in_year
  FROM placements p
  WHERE p.la_code = $laCode AND p.lasted_a_day
    AND NOT coalesce(list_contains(string_split($shortBreakStatuses, ','), p.ls), false)
    AND p.started_on <= CAST($periodEnd AS DATE)
    AND (p.ended_on IS NULL OR p.ended_on >= CAST(CAST($periodEnd AS DATE) - INTERVAL 2 YEAR + INTERVAL 1 DAY AS DATE))
),
placements_by_child AS (
  SELECT child_id,
         count(*) FILTER (WHERE in_year) AS placements_in_year,
         string_agg(strftime(started_on, '%Y-%m-%d'), ' ' ORDER BY started_on) FILTER (WHERE in_year) AS placement_starts_in_year,
         count(*) AS placements_in_two_years,
         string_agg(strftime(started_on, '%Y-%m-%d'), ' ' ORDER BY started_on) AS placement_starts_in_two_years
  FROM counted_placements
  GROUP BY child_id
),
described AS (
  SELECT b.child_id, b.date_of_birth,
         CAST(date_sub('year', b.date_of_birth, CAST($periodEnd AS DATE)) AS INTEGER) AS age,
         cp.period_started,
         b.place AS placement_type,
         CASE WHEN b.place IN ('A3', 'A4', 'A5', 'A6') AND pd.carer_first_place IN ('A3', 'A4', 'A5', 'A6') AND pd.previous_carer_since IS NOT NULL
              THEN pd.previous_carer_since ELSE pd.carer_since END AS carer_since,
         CAST(coalesce(pc.placements_in_year, 0) AS INTEGER) AS placements_in_year, pc.placement_starts_in_year,
         CAST(coalesce(pc.placements_in_two_years, 0) AS INTEGER) AS placements_in_two_years, pc.placement_starts_in_two_years
  FROM looked_after_at b
  LEFT JOIN current_period cp ON cp.child_id = b.child_id
  LEFT JOIN placement_on_date pd ON pd.child_id = b.child_id
  LEFT JOIN placements_by_child pc ON pc.child_id = b.child_id
)
SELECT d.*,
       coalesce(d.period_started <= CAST(CAST($periodEnd AS DATE) - INTERVAL 30 MONTH AS DATE), false) AS in_care_2_5_years,
       coalesce(d.period_started <= CAST(CAST($periodEnd AS DATE) - INTERVAL 2 YEAR AS DATE), false) AS in_care_2_years,
       coalesce(d.carer_since <= CAST(CAST($periodEnd AS DATE) - INTERVAL 2 YEAR AS DATE), false) AS same_carers_2_years
FROM described d
