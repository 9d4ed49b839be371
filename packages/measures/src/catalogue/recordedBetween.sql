-- The LA's events recorded after $knownFrom and up to $knownTo (instants compared as TIMESTAMPTZ, never as text),
-- with what a correction corrected: the events that can have moved a figure between two reports.
SELECT e.event_id, e.child_id, e.type, strftime(coalesce(e.fact_date, e.occurred_at), '%Y-%m-%d') AS occurred_on,
       e.recorded_at, e.fact_type, e.correction_reason,
       t.event_id AS target_event_id, coalesce(t.fact_type, t.type) AS target_type,
       strftime(coalesce(t.fact_date, t.occurred_at), '%Y-%m-%d') AS target_occurred_on, t.recorded_at AS target_recorded_at
FROM events e
LEFT JOIN events t ON t.event_id = e.target_event_id
WHERE e.la_code = $laCode
  AND CAST(e.recorded_at AS TIMESTAMPTZ) > CAST($knownFrom AS TIMESTAMPTZ)
  AND CAST(e.recorded_at AS TIMESTAMPTZ) <= CAST($knownTo AS TIMESTAMPTZ)
ORDER BY e.child_id, CAST(e.recorded_at AS TIMESTAMPTZ), e.log_partition, e.log_offset
