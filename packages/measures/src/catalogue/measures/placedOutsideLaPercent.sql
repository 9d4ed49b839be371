-- Of the children looked after on the date whose placement the postcode lookup places in an LA (or outside England),
-- those placed outside the council's own area: the placement postcode's LA is not $laCode. A child whose placement
-- cannot be placed (no PL_POST, a postcode district only, a postcode or sector the lookup lacks, a sector split
-- evenly between LAs) is left out of both numerator and denominator and named: location 'not known'. With no
-- lookup supplied ($postcodeLocations NULL) nobody is placed, so there is no figure.
SELECT child_id,
       placement_la_known AND placement_la IS DISTINCT FROM $laCode AS in_numerator,
       placement_la_known AS in_denominator,
       CASE WHEN NOT placement_la_known THEN 'not known' WHEN placement_la = $laCode THEN 'inside' ELSE 'outside' END AS location,
       pl_post, placement_located_by, placement_la, place, placement_group
FROM cohort
ORDER BY child_id
