-- The staged dead-letter hashes not stored yet.
SELECT DISTINCT s.content_hash
FROM staged_hashes s
ANTI JOIN dead_letter_hashes d ON d.content_hash = s.content_hash
