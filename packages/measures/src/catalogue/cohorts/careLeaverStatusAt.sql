-- Young people aged 16 to 24 on $periodEnd with qualifying care, and their leaving-care status that day (Children
-- Act 1989 s.19B, 23A, 23C; Care Leavers (England) Regulations 2010 reg 3-4).
--
-- Qualifying care: looked after for at least 13 weeks (91 days) from the 14th birthday, at least one of those days on
-- or after the 16th birthday. Short breaks ($shortBreakStatuses: V3/V4) are not being looked after here. An episode
-- is looked after from DECOM to the day before DEC; days are counted up to the day the status is judged, that day
-- included (so a 16-year-old in care 91 days counting the date qualifies).
--
-- The status is judged on the date for a 16- or 17-year-old, and on the day before the 18th birthday for anyone
-- older (former relevant is being eligible or relevant then):
--   eligible  looked after that day;
--   relevant  not looked after that day, unless the last cease before it was an adoption (E11, E12), a special
--             guardianship order (E43-E48: the order, not the carers, ends the duty), care taken over by another LA
--             (E3: theirs now), or a return home to someone with parental responsibility (E4A, E4B) six months or more
--             before that day, or the latest contact by then says RHOM (returned home for six months). A child
--             arrangements order (E41) and living with someone without parental responsibility (E13) leave them
--             relevant: the Act takes out only a return to a parent or someone with parental responsibility.
-- status is the DfE's: 'eligible' or 'relevant' at 16-17, 'former_relevant' at 18-20, blank otherwise (21-24 are
-- for the local to-25 reading, which reads status_before_18). Whoever died (REC E2, or a contact saying DIED, by
-- the date) is left out. The date of birth is the one in force on the date, or the earliest recorded.
WITH birth_dates AS (
  SELECT child_key, any_value(child_id) AS child_id,
         coalesce(arg_max(date_of_birth, (fact_date, log_partition, log_offset)) FILTER (WHERE fact_date <= CAST($periodEnd AS DATE)),
                  arg_min(date_of_birth, (fact_date, log_partition, log_offset))) AS date_of_birth
  FROM child_details
  WHERE la_code = $laCode AND date_of_birth IS NOT NULL
  GROUP BY child_key
),
-- Whole years on the date; a 29 February birthday falls on 1 March in other years, as in care_leaver_birthdays.
aged AS (
  SELECT child_key, child_id, date_of_birth,
         CAST(year(CAST($periodEnd AS DATE)) - year(date_of_birth)
              - CASE WHEN month(CAST($periodEnd AS DATE)) < month(date_of_birth)
                       OR (month(CAST($periodEnd AS DATE)) = month(date_of_birth) AND day(CAST($periodEnd AS DATE)) < day(date_of_birth))
                     THEN 1 ELSE 0 END AS INTEGER) AS age,
         CAST(CAST(date_of_birth - INTERVAL 1 DAY + INTERVAL 14 YEAR AS DATE) + INTERVAL 1 DAY AS DATE) AS turned_14,
         CAST(CAST(date_of_birth - INTERVAL 1 DAY + INTERVAL 16 YEAR AS DATE) + INTERVAL 1 DAY AS DATE) AS turned_16,
         CAST(CAST(date_of_birth - INTERVAL 1 DAY + INTERVAL 18 YEAR AS DATE) + INTERVAL 1 DAY AS DATE) AS turned_18
  FROM birth_dates
),
people AS (
  SELECT *, CASE WHEN age >= 18 THEN CAST(turned_18 - INTERVAL 1 DAY AS DATE) ELSE CAST($periodEnd AS DATE) END AS judged_on
  FROM aged
  WHERE age BETWEEN 16 AND 24
),
-- Aggregates, not windows ordered by the date: a measure over many periods reads the date from each period row.
care AS (
  SELECT p.child_key,
         CAST(sum(CASE WHEN e.decom <= p.judged_on
                       THEN greatest(0, date_diff('day', greatest(e.decom, p.turned_14),
                                                  least(coalesce(e.dec, CAST(p.judged_on + INTERVAL 1 DAY AS DATE)), CAST(p.judged_on + INTERVAL 1 DAY AS DATE))))
                       ELSE 0 END) AS INTEGER) AS qualifying_days,
         coalesce(bool_or(e.decom <= p.judged_on AND (e.dec IS NULL OR e.dec > p.turned_16)), false) AS after_16,
         coalesce(bool_or(e.decom <= p.judged_on AND (e.dec IS NULL OR e.dec > p.judged_on)), false) AS looked_after_when_judged,
         coalesce(bool_or(e.decom <= CAST($periodEnd AS DATE) AND (e.dec IS NULL OR e.dec > CAST($periodEnd AS DATE))), false) AS looked_after,
         arg_max(e.rec, e.dec) FILTER (WHERE e.dec <= p.judged_on AND e.rec <> 'X1') AS rec_when_judged,
         max(e.dec) FILTER (WHERE e.dec <= p.judged_on AND e.rec <> 'X1') AS ceased_when_judged,
         arg_max(e.rec, e.dec) FILTER (WHERE e.dec <= CAST($periodEnd AS DATE) AND e.rec <> 'X1') AS last_rec,
         max(e.dec) FILTER (WHERE e.dec <= CAST($periodEnd AS DATE) AND e.rec <> 'X1') AS last_ceased_on,
         coalesce(bool_or(e.rec = 'E2' AND e.dec <= CAST($periodEnd AS DATE)), false) AS died_in_care
  FROM people p
  JOIN episodes e ON e.child_key = p.child_key AND e.la_code = $laCode
  WHERE e.decom <= CAST($periodEnd AS DATE)
    AND NOT coalesce(list_contains(string_split($shortBreakStatuses, ','), e.ls), false)
  GROUP BY p.child_key
),
contacts AS (
  SELECT p.child_key,
         coalesce(bool_or(c.in_touch = 'DIED' AND c.contact_date <= CAST($periodEnd AS DATE)), false) AS died,
         arg_max(c.in_touch, (c.contact_date, c.log_partition, c.log_offset)) FILTER (WHERE c.contact_date <= p.judged_on) AS in_touch_when_judged,
         max(c.contact_date) FILTER (WHERE c.in_touch = 'YES' AND c.contact_date <= CAST($periodEnd AS DATE)
                                       AND c.contact_date > CAST(CAST($periodEnd AS DATE) - INTERVAL 12 MONTH AS DATE)) AS last_in_touch_on
  FROM people p
  JOIN care_leaver_contacts c ON c.child_key = p.child_key AND c.la_code = $laCode
  GROUP BY p.child_key
),
judged AS (
  SELECT p.child_id, p.date_of_birth, p.age, c.qualifying_days, c.looked_after, c.last_ceased_on, c.last_rec,
         t.last_in_touch_on,
         CASE WHEN c.looked_after_when_judged THEN NULL
              WHEN c.rec_when_judged IN ('E11', 'E12') THEN 'adopted'
              WHEN c.rec_when_judged IN ('E43', 'E44', 'E45', 'E46', 'E47', 'E48') THEN 'special guardianship order'
              WHEN c.rec_when_judged = 'E3' THEN 'care taken over by another LA'
              WHEN (c.rec_when_judged IN ('E4A', 'E4B') AND CAST(c.ceased_when_judged + INTERVAL 6 MONTH AS DATE) <= p.judged_on)
                   OR t.in_touch_when_judged = 'RHOM' THEN 'returned home for six months'
         END AS not_relevant_because,
         c.looked_after_when_judged
  FROM people p
  JOIN care c ON c.child_key = p.child_key
  LEFT JOIN contacts t ON t.child_key = p.child_key
  WHERE c.qualifying_days >= 91 AND c.after_16
    AND NOT c.died_in_care AND NOT coalesce(t.died, false)
),
statuses AS (
  SELECT *, CASE WHEN looked_after_when_judged THEN 'eligible' WHEN not_relevant_because IS NULL THEN 'relevant' END AS judged_status
  FROM judged
)
SELECT child_id, date_of_birth, age, qualifying_days, looked_after, last_ceased_on, last_rec,
       CASE WHEN age <= 17 THEN judged_status
            WHEN age <= 20 AND judged_status IS NOT NULL THEN 'former_relevant' END AS status,
       CASE WHEN age >= 18 THEN judged_status END AS status_before_18,
       CASE WHEN judged_status IS NULL THEN not_relevant_because
            WHEN age >= 21 THEN 'aged 21 or over' END AS left_out_because,
       last_in_touch_on
FROM statuses
