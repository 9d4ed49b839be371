-- Of the children looked after on the date who are not unaccompanied asylum-seeking children (Cheshire East P2.3
-- excludes them), those placed more than 20 miles from home. The distance is, in this order:
-- - 'postcode centroids': the straight line between the home (HOME_POST) and placement (PL_POST) centroids of the
--   user's postcode lookup (cohorts/placedWithLocationAt.sql), when both are located;
-- - 'recorded distance': the distance the case system recorded on the placement (placementDistanceMiles), when the
--   centroids cannot give one (no lookup supplied, or a postcode it cannot place);
-- - 'none': neither. Such a child is never counted as near: they are left out of numerator and denominator, and named.
-- Distances are to a tenth of a mile, and "more than 20" is of that figure (20.0 is not more than 20).
SELECT child_id,
       NOT uasc AND distance_miles IS NOT NULL AND distance_miles > 20 AS in_numerator,
       NOT uasc AND distance_miles IS NOT NULL AS in_denominator,
       uasc, home_post, pl_post, home_located_by, placement_located_by, distance_miles, distance_source, place, placement_group
FROM (SELECT *,
             CASE WHEN centroid_distance_miles IS NOT NULL THEN centroid_distance_miles
                  ELSE round(placement_distance_miles, 1) END AS distance_miles,
             CASE WHEN centroid_distance_miles IS NOT NULL THEN 'postcode centroids'
                  WHEN placement_distance_miles IS NOT NULL THEN 'recorded distance'
                  ELSE 'none' END AS distance_source
      FROM cohort)
ORDER BY child_id
