-- The 903's in-year rule, the one definition every table's select reads (materialised once per return, so the
-- projections are scanned once however many tables read it): a child is in a year's return when one of
-- their episodes is open at some time between 1 April ($yearStart) and the cutoff ($cutoff: 31 March, or the
-- as-at date when the return is run mid-year), and the return holds those episodes. What happened after the
-- cutoff is not yet known, so an episode ceasing after it is reported open (no DEC, REC or REASON_PLACE_CHANGE).
CREATE OR REPLACE TEMP TABLE in_year_episodes AS
  SELECT child_id, decom, rne, ls, cin, place, place_provider,
         CASE WHEN dec <= CAST($cutoff AS DATE) THEN dec END AS dec,
         CASE WHEN dec <= CAST($cutoff AS DATE) THEN rec END AS rec,
         CASE WHEN dec <= CAST($cutoff AS DATE) THEN reason_place_change END AS reason_place_change,
         -- Short breaks (V3/V4) carry no placement location or URN in the 903 (rules 214, 399): whatever the case
         -- system recorded stays in the projection, and never reaches the return.
         CASE WHEN NOT short_break THEN home_post END AS home_post,
         CASE WHEN NOT short_break THEN pl_post END AS pl_post,
         -- A URN only where the DfE has one for the placement type (rules 218, 222): one recorded for a placement
         -- with parents or a temporary move, say, is not the provider's Ofsted registration.
         CASE WHEN NOT short_break AND NOT without_urn THEN urn END AS urn,
         short_break, without_urn
  FROM (SELECT *, coalesce(list_contains(string_split($shortBreakStatuses, ','), ls), false) AS short_break,
               coalesce(list_contains(string_split($placementsWithoutUrn, ','), place), false) AS without_urn
        -- PLACE as known at the cutoff: the latest reclassification of the placement dated on or before it, else
        -- the code the episode opened with (the year's recoding follows, in codingByYear).
        FROM (SELECT e.* REPLACE (coalesce(r.place, e.place) AS place)
              FROM episodes e
              LEFT JOIN (SELECT child_key, decom, arg_max(place, (reclassified_on, log_partition, log_offset)) AS place
                         FROM placement_reclassifications
                         WHERE la_code = $laCode AND reclassified_on <= CAST($cutoff AS DATE)
                         GROUP BY child_key, decom) r ON r.child_key = e.child_key AND r.decom = e.decom))
  WHERE la_code = $laCode AND decom <= CAST($cutoff AS DATE) AND (dec IS NULL OR dec >= CAST($yearStart AS DATE))
    -- Only some children's return ($children, unit-separated; '' for all): the continuous check of the children a
    -- derive touched, whose rules read only each child's own rows.
    AND ($children = '' OR list_contains(string_split($children, chr(31)), child_id));

-- Every child in the return, with the details in force at the cutoff: the latest details dated on or before it (then
-- by log position), so a past year is restated as it stood, whatever was recorded since. A child whose only details
-- are dated after the cutoff (their first details were dated late) gets the earliest of them for what does not
-- change (sex, DOB, ethnicity, UPN), but never a fact that had not happened by the cutoff: no UASC status and no DUC
-- (not known to have begun), MOTHER '1' only when the child's child was born by the cutoff, '0' when those details
-- say she is not a mother or her child was born after it, blank when they cannot tell. An MC_DOB after the cutoff is
-- never printed (she was not yet a mother: MOTHER '0'). short_breaks_only: every episode of the child in the year
-- is a short break ($shortBreakStatuses), which blanks MOTHER and MC_DOB in the Header. Details are NULL when
-- none were ever recorded.
CREATE OR REPLACE TEMP TABLE in_year_children AS
  WITH children_in_year AS (
    SELECT child_id, bool_and(list_contains(string_split($shortBreakStatuses, ','), ls)) AS short_breaks_only,
           true AS looked_after_in_year
    FROM in_year_episodes
    GROUP BY child_id
    -- The care leavers with an OC3 row this year (derive/care_leaver_birthdays.sql, a contact in the birthday's
    -- window known by the cutoff: oc3.sql) have a Header row too (rule 1012), though most are not looked after in
    -- the year; only the Header and OC3 read them. One with no contact has no OC3 row, so no Header row (rule EPI):
    -- the return's issues name them (careLeaversWithoutContact.sql).
    UNION ALL
    SELECT DISTINCT b.child_id, false, false
    FROM care_leaver_birthdays b
    JOIN care_leaver_contacts k ON k.child_key = b.child_key AND k.contact_date BETWEEN b.contact_from AND b.contact_to
    WHERE b.la_code = $laCode AND b.birthday BETWEEN CAST($yearStart AS DATE) AND CAST($cutoff AS DATE)
      AND k.contact_date <= CAST($cutoff AS DATE)
      AND b.child_id NOT IN (SELECT child_id FROM in_year_episodes)
      AND ($children = '' OR list_contains(string_split($children, chr(31)), b.child_id))
  ),
  chosen AS (
    SELECT d.*, d.fact_date <= CAST($cutoff AS DATE) AS in_force
    FROM child_details d
    WHERE d.la_code = $laCode AND d.child_id IN (SELECT child_id FROM children_in_year)
    QUALIFY row_number() OVER (
      PARTITION BY d.child_id
      ORDER BY d.fact_date <= CAST($cutoff AS DATE) DESC,
               CASE WHEN d.fact_date <= CAST($cutoff AS DATE) THEN d.fact_date END DESC NULLS LAST,
               d.fact_date, d.log_partition DESC, d.log_offset DESC
    ) = 1
  )
  SELECT c.child_id, c.short_breaks_only, c.looked_after_in_year, d.sex, d.date_of_birth, d.ethnicity, d.upn,
         CASE WHEN d.childs_dob > CAST($cutoff AS DATE) THEN false
              WHEN d.in_force THEN d.is_mother
              WHEN d.childs_dob IS NOT NULL THEN true
              WHEN NOT d.is_mother THEN false
         END AS is_mother,
         CASE WHEN d.childs_dob <= CAST($cutoff AS DATE) THEN d.childs_dob END AS childs_dob,
         d.in_force AND d.uasc AS uasc,
         CASE WHEN d.in_force THEN d.uasc_ceased END AS uasc_ceased,
         CASE WHEN d.in_force THEN d.uasc_ends END AS uasc_ends
  FROM children_in_year c
  LEFT JOIN chosen d ON d.child_id = c.child_id;
