-- Every home and placement postcode the projections hold, as recorded: the postcode lookup keeps these full
-- postcodes one by one (and every sector), so the reference passed to the measures is only what they can ask for.
SELECT DISTINCT postcode
FROM (SELECT home_post AS postcode FROM episodes UNION ALL SELECT pl_post FROM episodes)
WHERE postcode IS NOT NULL
ORDER BY postcode
