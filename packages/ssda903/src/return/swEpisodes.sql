-- SWEpisodes (from 2023-24): the social worker episodes overlapping 1 April to the cutoff of the children in the
-- return, including time the child was not looked after (rule SW12STG2). An episode ending after the cutoff is not
-- yet known to end: SW_DEC is blank.
SELECT s.child_id AS "CHILD", strftime(c.date_of_birth, '%Y-%m-%d') AS "DOB", s.social_worker_id AS "SW_ID",
       strftime(s.sw_decom, '%Y-%m-%d') AS "SW_DECOM",
       CASE WHEN s.sw_dec <= CAST($cutoff AS DATE) THEN strftime(s.sw_dec, '%Y-%m-%d') END AS "SW_DEC",
       s.sw_reason AS "SW_REASON"
FROM social_worker_episodes s
JOIN in_year_children c ON c.child_id = s.child_id
WHERE s.la_code = $laCode AND s.sw_decom <= CAST($cutoff AS DATE)
  AND (s.sw_dec IS NULL OR s.sw_dec >= CAST($yearStart AS DATE))
ORDER BY s.child_id, s.sw_decom
