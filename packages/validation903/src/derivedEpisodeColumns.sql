-- The columns the DfE derives for each episode from its postcodes (the ONS Postcode Directory), as its guidance
-- states them: distance in miles = the straight line between the OS grid points / 1000 / 1.6093, to one decimal;
-- the placement LA is the LA whose children's services cover the placement postcode (SCO, WAL or NIR outside England); the
-- location is IN when that is the placing LA, OUT otherwise, NULL when the postcode is not in the directory.
-- $table is episodes or episodes_last; $placementUpperTier is the placement LA as PL_LA names it (the DfE code), $ownUpperTier the placing LA's.
CREATE OR REPLACE TABLE $table AS
SELECT e.* EXCLUDE (PL_DISTANCE, PL_LA, PL_LOCATION),
       round(sqrt(power(h.oseast1m - p.oseast1m, 2) + power(h.osnrth1m - p.osnrth1m, 2)) / 1000 / 1.6093, 1) AS PL_DISTANCE,
       CASE WHEN p.laua IS NULL THEN NULL
            WHEN p.laua LIKE 'S%' THEN 'SCO' WHEN p.laua LIKE 'W%' THEN 'WAL' WHEN p.laua LIKE 'N%' THEN 'NIR'
            ELSE $placementUpperTier END AS PL_LA,
       CASE WHEN p.laua IS NULL THEN NULL
            WHEN p.laua LIKE 'S%' OR p.laua LIKE 'W%' OR p.laua LIKE 'N%' THEN 'OUT'
            WHEN $placementUpperTier IS NULL THEN NULL
            WHEN $placementUpperTier = $ownUpperTier THEN 'IN' ELSE 'OUT' END AS PL_LOCATION
FROM $table e
LEFT JOIN postcodes h ON h.pcd_abbr = replace(e.HOME_POST, ' ', '')
LEFT JOIN postcodes p ON p.pcd_abbr = replace(e.PL_POST, ' ', '')
ORDER BY e.row_no
