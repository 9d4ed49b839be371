-- One LA's stored events recorded by an instant, as a store known on that instant holds them: recordedAt is compared
-- as TIMESTAMPTZ (an instant), never as text, so '...+01:00' and '...Z' compare by when they were.
SELECT event_id, log_partition, log_offset, type, child_key, la_code, child_id, occurred_at, recorded_at, source,
       target_event_id, correction_reason, fact_type, fact_date, fact_payload
FROM events
WHERE la_code = $laCode AND CAST(recorded_at AS TIMESTAMPTZ) <= CAST($instant AS TIMESTAMPTZ)
ORDER BY log_partition, log_offset
