-- Each reclassification of a placement (PlacementReclassified), against the episode open on its date. The episode
-- keeps the code it opened with, so every year's return can report the code as known at its own cutoff: the
-- latest reclassification dated on or before it (inYear.sql). One that falls outside any episode is left out here
-- and reported in data_quality_issues as outside any period of care.
CREATE TABLE placement_reclassifications (
  child_key VARCHAR NOT NULL, la_code VARCHAR NOT NULL, child_id VARCHAR NOT NULL, event_id VARCHAR NOT NULL,
  decom DATE NOT NULL, reclassified_on DATE NOT NULL, place VARCHAR NOT NULL,
  log_partition INTEGER NOT NULL, log_offset BIGINT NOT NULL
);

DELETE FROM placement_reclassifications WHERE child_key IN (SELECT child_key FROM dirty_children);

INSERT INTO placement_reclassifications
SELECT r.child_key, r.la_code, r.child_id, r.event_id, e.decom, r.fact_date, r.placement_type, r.log_partition, r.log_offset
FROM fact_placement_reclassified r
JOIN episodes e ON e.child_key = r.child_key AND e.decom <= r.fact_date AND (e.dec IS NULL OR r.fact_date < e.dec);
