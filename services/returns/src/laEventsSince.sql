-- How many of an LA's events the log gained after a watermark (the next offset per partition a run read up to, as
-- JSON: {"0": 41234}); a partition the watermark does not name counts from offset 0. Read from `events`, which a
-- Kafka-mode store (the partition databases combined) exposes too.
SELECT count(*) AS n
FROM events
WHERE la_code = $laCode
  AND log_offset >= COALESCE(CAST(json_extract_string($watermark, '$."' || CAST(log_partition AS VARCHAR) || '"') AS BIGINT), 0)
