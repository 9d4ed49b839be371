-- Each match of the child with prospective adopters, with who the adopters are. A match that disrupted is followed
-- by another: AD1 reads the latest before the adoption.
CREATE TABLE adoption_matches (
  child_key VARCHAR NOT NULL, la_code VARCHAR NOT NULL, child_id VARCHAR NOT NULL,
  match_date DATE NOT NULL, number_of_adopters INTEGER NOT NULL, adopters_sex VARCHAR NOT NULL,
  adopters_legal_status VARCHAR NOT NULL, foster_carers_adopting BOOLEAN NOT NULL,
  log_partition INTEGER NOT NULL, log_offset BIGINT NOT NULL, event_id VARCHAR NOT NULL
);

DELETE FROM adoption_matches WHERE child_key IN (SELECT child_key FROM dirty_children);

INSERT INTO adoption_matches
SELECT child_key, la_code, child_id, fact_date, number_of_adopters, adopters_sex, adopters_legal_status,
       foster_carers_adopting, log_partition, log_offset, event_id
FROM fact_adopter_matched;
