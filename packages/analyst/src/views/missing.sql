-- view: missing
-- about: One row per episode of a child missing or away from placement without authorisation (903 Missing).
-- column la_code: The LA's DfE code.
-- column child_id [child]: The LA's id for the child.
-- column missing_episode_id: The LA's id for the episode.
-- column missing_type: 903 MISSING: M (missing) or A (away without authorisation).
-- column mis_start: 903 MIS_START.
-- column mis_end: 903 MIS_END (NULL while the child is still missing).
SELECT la_code, child_id, missing_episode_id, missing_type, mis_start, mis_end
FROM missing_episodes
WHERE la_code = $laCode
