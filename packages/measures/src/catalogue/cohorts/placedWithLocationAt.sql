-- The children placed at $periodEnd (placed_at: cohorts/placedAt.sql) with where their home and placement are, from
-- the user's postcode lookup ($postcodeLocations: src/reference/postcodeLocations.ts; NULL when no lookup file was
-- supplied, and then nobody is located). Each recorded postcode is located by the lookup's own postcode, or, for a
-- postcode sector ('CW1 2', as the 903 usually holds them) or a full postcode the lookup lacks, by the mean of the
-- sector's postcodes (located_by 'postcode' or 'sector'). Its LA is the DfE LA of the postcode (of most of the
-- sector's postcodes), or the ONS code of a place outside England; la_known is false when the lookup cannot say
-- (a sector split evenly between LAs, an English LA code careledger cannot map).
--
-- centroid_distance_miles: the straight-line (great-circle) distance from the home to the placement centroid, by
-- the haversine formula on a sphere of the Earth's mean radius (3,958.8 miles), to a tenth of a mile; blank unless
-- both are located.
WITH located AS (
  SELECT l.postcode, l.lat, l.lon, l.located_by, l.la, l.la_known
  FROM (SELECT unnest(from_json(CAST($postcodeLocations AS VARCHAR),
                                '[{"postcode":"VARCHAR","lat":"DOUBLE","lon":"DOUBLE","located_by":"VARCHAR","la":"VARCHAR","la_known":"BOOLEAN"}]')) AS l)
)
SELECT p.*, h.located_by AS home_located_by, l.located_by AS placement_located_by,
       l.la AS placement_la, coalesce(l.la_known, false) AS placement_la_known,
       CASE WHEN h.lat IS NOT NULL AND l.lat IS NOT NULL THEN
         round(2 * 3958.8 * asin(sqrt(power(sin(radians(l.lat - h.lat) / 2), 2)
                                      + cos(radians(h.lat)) * cos(radians(l.lat)) * power(sin(radians(l.lon - h.lon) / 2), 2))), 1)
       END AS centroid_distance_miles
FROM placed_at p
LEFT JOIN located h ON h.postcode = p.home_post
LEFT JOIN located l ON l.postcode = p.pl_post
