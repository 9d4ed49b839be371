-- A missing episode is its latest start; it ends on the last end of the same episode id on or after that start.
CREATE TABLE missing_episodes (
  child_key VARCHAR NOT NULL, la_code VARCHAR NOT NULL, child_id VARCHAR NOT NULL,
  missing_episode_id VARCHAR NOT NULL, missing_type VARCHAR NOT NULL, mis_start DATE NOT NULL, mis_end DATE
);

DELETE FROM missing_episodes WHERE child_key IN (SELECT child_key FROM dirty_children);

INSERT INTO missing_episodes
SELECT s.child_key, s.la_code, s.child_id, s.missing_episode_id, s.missing_type, s.fact_date,
       (SELECT max(e.fact_date) FROM fact_missing_episode_ended e
         WHERE e.child_key = s.child_key AND e.missing_episode_id = s.missing_episode_id AND e.fact_date >= s.fact_date)
FROM (SELECT * FROM fact_missing_episode_started
      QUALIFY row_number() OVER (PARTITION BY child_key, missing_episode_id ORDER BY log_partition DESC, log_offset DESC) = 1) s;
