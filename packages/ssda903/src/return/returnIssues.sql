-- What the return could not state as it was recorded, one row per episode and 903 field, over the in-year tables:
-- a placement whose provider Ofsted registers, with no URN recorded (rule 218). The episode still goes out, its
-- URN blank, so the DfE's validator and this list agree.
SELECT 'data_quality' AS kind, child_id, strftime(decom, '%Y-%m-%d') AS decom, 'URN' AS field, place AS code
FROM in_year_episodes
WHERE NOT short_break AND NOT without_urn AND place IS NOT NULL AND urn IS NULL
ORDER BY child_id, decom, field
