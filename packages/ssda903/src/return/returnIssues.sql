-- What the return could not state as it was recorded, one row per episode and 903 field, over the in-year tables.
-- Each episode still goes out, with a blank where the value is missing, so the DfE's validator and this list agree:
-- - data_quality: a placement whose provider Ofsted registers, with no URN recorded (rule 218);
-- - decision_needed: a placement code the year's 903 no longer has, with no recoding and no reclassification
--   recorded by the cutoff (P2 from 2024-25, Z1 from 2025-26): PLACE is blank until someone records what it is.
SELECT 'data_quality' AS kind, child_id, strftime(decom, '%Y-%m-%d') AS decom, 'URN' AS field, place AS code
FROM in_year_episodes
WHERE NOT short_break AND NOT without_urn AND place IS NOT NULL AND urn IS NULL
UNION ALL
SELECT 'decision_needed' AS kind, child_id, strftime(decom, '%Y-%m-%d') AS decom, 'PLACE' AS field, place AS code
FROM in_year_episodes
WHERE list_contains(string_split($placementsNeedingDecision, ','), place)
ORDER BY child_id, decom, field
