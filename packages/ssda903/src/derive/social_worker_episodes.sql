-- Social worker episodes: each allocation starts one, which ends when the next worker is allocated or, sooner, when
-- the period of care the child is in (or next enters) ends; after that the child has no allocated worker in the 903
-- until the next allocation. SW_REASON is the reason given for the change to this worker. Two allocations on one day
-- are one change: the later recorded stands.
CREATE TABLE social_worker_episodes (
  child_key VARCHAR NOT NULL, la_code VARCHAR NOT NULL, child_id VARCHAR NOT NULL,
  social_worker_id VARCHAR NOT NULL, sw_decom DATE NOT NULL, sw_dec DATE, sw_reason VARCHAR, event_id VARCHAR NOT NULL
);

DELETE FROM social_worker_episodes WHERE child_key IN (SELECT child_key FROM dirty_children);

INSERT INTO social_worker_episodes
SELECT a.child_key, a.la_code, a.child_id, a.social_worker_id, a.fact_date,
       -- least() skips a NULL: no next allocation, or no end of care after it.
       least(a.next_allocation,
             (SELECT min(p.end_date) FROM care_periods p WHERE p.child_key = a.child_key AND p.end_date > a.fact_date)),
       a.reason, a.event_id
FROM (
  SELECT *, lead(fact_date) OVER (PARTITION BY child_key ORDER BY fact_date) AS next_allocation
  FROM (SELECT * FROM fact_social_worker_allocated
        QUALIFY row_number() OVER (PARTITION BY child_key, fact_date ORDER BY log_partition DESC, log_offset DESC) = 1)
) a;
