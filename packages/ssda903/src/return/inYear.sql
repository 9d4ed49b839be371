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
  WHERE la_code = $laCode AND decom <= CAST($cutoff AS DATE) AND (dec IS NULL OR dec >= CAST($yearStart AS DATE));

-- Every child in the return, with what is recorded about them (nothing, if no details were ever recorded).
CREATE OR REPLACE TEMP TABLE in_year_children AS
  SELECT c.child_id, ch.sex, ch.date_of_birth, ch.ethnicity, ch.upn, ch.is_mother, ch.childs_dob, ch.uasc,
         ch.uasc_ceased
  FROM (SELECT DISTINCT child_id FROM in_year_episodes) c
  LEFT JOIN children ch ON ch.la_code = $laCode AND ch.child_id = c.child_id;
