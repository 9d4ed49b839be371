INSERT OR IGNORE INTO dead_letter_hashes SELECT DISTINCT content_hash FROM staged_hashes
