-- The care facts of each child in order: by date, then start < change < end on the same day, then log position.
-- A period of care runs from a start to the first end after it; period_no 0 holds facts before any start.
CREATE OR REPLACE TEMP TABLE care_facts AS
SELECT *, sum(CASE WHEN fact_type = 'PeriodOfCareStarted' THEN 1 ELSE 0 END)
            OVER (PARTITION BY child_key ORDER BY fact_date, ord, log_partition, log_offset ROWS UNBOUNDED PRECEDING) AS period_no
FROM (
  SELECT child_key, la_code, child_id, event_id, fact_type, fact_date, log_partition, log_offset,
         legal_status, category_of_need, placement_type, placement_provider, placement_postcode, urn, home_postcode,
         NULL::VARCHAR AS reason_for_change, NULL::BOOLEAN AS same_carer, NULL::VARCHAR AS reason_ceased, 0 AS ord
  FROM fact_period_of_care_started
  UNION ALL
  SELECT child_key, la_code, child_id, event_id, fact_type, fact_date, log_partition, log_offset,
         NULL, NULL, placement_type, placement_provider, placement_postcode, urn, NULL,
         reason_for_change, same_carer, NULL, 1
  FROM fact_placement_changed
  UNION ALL
  SELECT child_key, la_code, child_id, event_id, fact_type, fact_date, log_partition, log_offset,
         legal_status, NULL, NULL, NULL, NULL, NULL, NULL,
         NULL, NULL, NULL, 1
  FROM fact_legal_status_changed
  UNION ALL
  SELECT child_key, la_code, child_id, event_id, fact_type, fact_date, log_partition, log_offset,
         NULL, NULL, NULL, NULL, NULL, NULL, NULL,
         NULL, NULL, reason_ceased, 2
  FROM fact_period_of_care_ended
);
