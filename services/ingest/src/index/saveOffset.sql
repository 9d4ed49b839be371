INSERT OR REPLACE INTO index_offsets VALUES ($partition, $offset)
