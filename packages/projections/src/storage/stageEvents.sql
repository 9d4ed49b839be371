-- Moves a batch from staging into events and marks its children dirty. An event id already stored is ignored (an
-- anti-join, cheaper than a primary-key index on a million ids); the store stages only the first copy within a
-- batch. The envelope is parsed once with a shape that keeps the payload as JSON; only corrections parse their
-- payload here, for the target, the reason and the replacement.
INSERT INTO events (event_id, log_partition, log_offset, type, child_key, la_code, child_id, occurred_at,
  recorded_at, source, target_event_id, correction_reason, fact_type, fact_date, fact_payload)
SELECT e.eventId, log_partition, log_offset, e.type, child_key, e.laCode, e.childId,
  CAST(e.occurredAt AS DATE), e.recordedAt, e.source, c.targetEventId, c.reason,
  CASE e.type WHEN 'EventReplaced' THEN c.replacement.type WHEN 'EventRetracted' THEN NULL ELSE e.type END,
  CASE e.type WHEN 'EventReplaced' THEN CAST(c.replacement.occurredAt AS DATE) WHEN 'EventRetracted' THEN NULL ELSE CAST(e.occurredAt AS DATE) END,
  CASE e.type WHEN 'EventReplaced' THEN CAST(c.replacement.payload AS VARCHAR) WHEN 'EventRetracted' THEN NULL ELSE CAST(e.payload AS VARCHAR) END
FROM (
  SELECT log_partition, log_offset, child_key, e,
    CASE WHEN e.type IN ('EventRetracted', 'EventReplaced')
      THEN from_json(e.payload, '{"targetEventId":"VARCHAR","reason":"VARCHAR","replacement":{"type":"VARCHAR","occurredAt":"VARCHAR","payload":"JSON"}}')
    END AS c
  FROM (
    -- child_key is the codec's, staged from JavaScript: the key is spelled in one place.
    SELECT log_partition, log_offset, child_key,
      from_json(body, '{"eventId":"VARCHAR","type":"VARCHAR","laCode":"VARCHAR","childId":"VARCHAR","occurredAt":"VARCHAR","recordedAt":"VARCHAR","source":"VARCHAR","payload":"JSON"}') AS e
    FROM staging s ANTI JOIN events k ON k.event_id = s.event_id
  )
);

INSERT OR IGNORE INTO dirty_children SELECT DISTINCT child_key FROM staging;

DELETE FROM staging;
