-- The return's episodes, as the Episodes table names its columns.
SELECT child_id AS "CHILD", strftime(decom, '%Y-%m-%d') AS "DECOM", rne AS "RNE", ls AS "LS", cin AS "CIN",
       place AS "PLACE", place_provider AS "PLACE_PROVIDER", strftime(dec, '%Y-%m-%d') AS "DEC", rec AS "REC",
       reason_place_change AS "REASON_PLACE_CHANGE", home_post AS "HOME_POST", pl_post AS "PL_POST", urn AS "URN"
FROM in_year_episodes
ORDER BY child_id, decom
