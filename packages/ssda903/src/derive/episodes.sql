-- 903 episodes. RNE: S a period starts; P a move, T a move with the same carer; L a legal status change; B (or U
-- with the same carer) a move and a legal status change on the same day. An episode that ends because another
-- opens has REC X1, and REASON_PLACE_CHANGE is the reason given for the move that ended it. PLACE is the code the
-- placement had when the episode opened; a later reclassification of it is in placement_reclassifications.
-- placement_distance_miles is not a 903 field: the distance from home the case system recorded on the placement,
-- which the placement-distance measure falls back on when no postcode lookup is supplied.
CREATE TABLE episodes (
  child_key VARCHAR NOT NULL, la_code VARCHAR NOT NULL, child_id VARCHAR NOT NULL,
  period_no INTEGER NOT NULL, episode_no INTEGER NOT NULL,
  decom DATE NOT NULL, rne VARCHAR NOT NULL, ls VARCHAR, cin VARCHAR, place VARCHAR, place_provider VARCHAR,
  dec DATE, rec VARCHAR, reason_place_change VARCHAR, home_post VARCHAR, pl_post VARCHAR, urn VARCHAR,
  placement_distance_miles DOUBLE
);

DELETE FROM episodes WHERE child_key IN (SELECT child_key FROM dirty_children);

INSERT INTO episodes
SELECT e.child_key, e.la_code, e.child_id, e.period_no,
  row_number() OVER (PARTITION BY e.child_key ORDER BY e.day) AS episode_no,
  e.day AS decom,
  CASE WHEN e.has_start THEN 'S'
       WHEN e.has_move AND e.ls_changed THEN CASE WHEN e.same_carer THEN 'U' ELSE 'B' END
       WHEN e.has_move THEN CASE WHEN e.same_carer THEN 'T' ELSE 'P' END
       ELSE 'L' END AS rne,
  e.ls, e.cin, e.place, e.placement.provider,
  coalesce(lead(e.day) OVER np, p.end_date) AS dec,
  CASE WHEN lead(e.day) OVER np IS NOT NULL THEN 'X1' ELSE p.reason_ceased END AS rec,
  CASE WHEN lead(e.has_move) OVER np THEN lead(e.reason_for_change) OVER np END AS reason_place_change,
  e.home_post, e.placement.postcode, e.placement.urn, e.placement.distance_miles
FROM care_changes e JOIN care_periods p ON p.child_key = e.child_key AND p.period_no = e.period_no
WHERE e.opens_episode
WINDOW np AS (PARTITION BY e.child_key, e.period_no ORDER BY e.day);
