-- The facts as they stand after corrections, for the children being re-derived.
--
-- A correction applies only to an EARLIER event OF THE SAME CHILD: every set below is keyed by (child_key, event id)
-- and joined on both, so a retraction recorded for one child can never touch another child's event, and whether two
-- children were folded in the same batch never changes a table. A retraction removes its target; the latest (by log
-- position) live replacement of a fact stands in for it, keeping the fact's id and place in the log.

CREATE OR REPLACE TEMP VIEW scope_events AS
SELECT * FROM events WHERE child_key IN (SELECT child_key FROM dirty_children);

CREATE OR REPLACE TEMP TABLE retracted AS
SELECT DISTINCT r.child_key, r.target_event_id AS event_id
FROM scope_events r
JOIN scope_events t ON t.child_key = r.child_key AND t.event_id = r.target_event_id
WHERE r.type = 'EventRetracted'
  AND (t.log_partition < r.log_partition OR (t.log_partition = r.log_partition AND t.log_offset < r.log_offset));

-- The live replacement of each live fact, with the fact's log position.
CREATE OR REPLACE TEMP TABLE replacing AS
SELECT r.child_key, r.la_code, r.child_id, r.target_event_id, r.fact_type, r.fact_date, r.fact_payload,
       t.log_partition AS target_partition, t.log_offset AS target_offset
FROM scope_events r
JOIN scope_events t ON t.child_key = r.child_key AND t.event_id = r.target_event_id
ANTI JOIN retracted xr ON xr.child_key = r.child_key AND xr.event_id = r.event_id
ANTI JOIN retracted xt ON xt.child_key = t.child_key AND xt.event_id = t.event_id
WHERE r.type = 'EventReplaced'
  AND t.type NOT IN ('EventRetracted', 'EventReplaced')
  AND (t.log_partition < r.log_partition OR (t.log_partition = r.log_partition AND t.log_offset < r.log_offset))
QUALIFY row_number() OVER (PARTITION BY r.child_key, r.target_event_id ORDER BY r.log_partition DESC, r.log_offset DESC) = 1;

-- Stored by fact type: each typed fact view (one per type, about twenty) filters on it, and DuckDB then reads only
-- the row groups holding that type instead of every fact.
CREATE OR REPLACE TEMP TABLE effective_facts AS
SELECT * FROM (
  SELECT f.child_key, f.la_code, f.child_id, f.event_id, f.log_partition, f.log_offset, f.fact_type, f.fact_date, f.fact_payload
  FROM scope_events f
  ANTI JOIN retracted x ON x.child_key = f.child_key AND x.event_id = f.event_id
  ANTI JOIN replacing r ON r.child_key = f.child_key AND r.target_event_id = f.event_id
  WHERE f.type NOT IN ('EventRetracted', 'EventReplaced')
  UNION ALL
  SELECT child_key, la_code, child_id, target_event_id, target_partition, target_offset, fact_type, fact_date, fact_payload
  FROM replacing
)
ORDER BY fact_type;
