-- The LA's contacts with a care leaver: in touch or not, main activity and accommodation on that date.
CREATE TABLE care_leaver_contacts (
  child_key VARCHAR NOT NULL, la_code VARCHAR NOT NULL, child_id VARCHAR NOT NULL,
  contact_date DATE NOT NULL, in_touch VARCHAR NOT NULL, activity VARCHAR NOT NULL, accommodation VARCHAR NOT NULL,
  log_partition INTEGER NOT NULL, log_offset BIGINT NOT NULL, event_id VARCHAR NOT NULL
);

DELETE FROM care_leaver_contacts WHERE child_key IN (SELECT child_key FROM dirty_children);

INSERT INTO care_leaver_contacts
SELECT child_key, la_code, child_id, fact_date, in_touch, activity, accommodation, log_partition, log_offset, event_id
FROM fact_care_leaver_contact_recorded;
