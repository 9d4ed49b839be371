-- The placement groups committee papers report (Cheshire East P2.1, P2.2, P2.4; the DfE placement tables), from
-- the placement type (PLACE, as known on the date) and provider (PLACE_PROVIDER) of the episode open on the date:
-- - in_house_fostering: fostering with relatives or friends (U1-U3, any provider), or with the council's own
--   foster carers (U4-U6, PR1);
-- - agency_fostering: U4-U6 with another provider (PR2-PR5: another council, public, private or voluntary agency),
--   or none recorded (named by place_provider in the drill-through);
-- - residential: children's homes (K1 secure, K2), residential care homes (R1), NHS or health establishments (R2),
--   family centres and mother and baby units (R3), young offender institutions (R5), residential schools (S1);
-- - supported_accommodation: for 16 and over: semi-independent (H5, to 2023-24), registered supported
--   accommodation (K3), independent living (P2, to October 2023);
-- - placed_for_adoption: A3-A6; placed_with_parents: P1; other: temporary moves (T0-T4), residential employment
--   (P3), other placements (Z1), or no placement recorded.
SELECT l.*,
       CASE WHEN l.place IN ('U1', 'U2', 'U3') OR (l.place IN ('U4', 'U5', 'U6') AND l.place_provider = 'PR1') THEN 'in_house_fostering'
            WHEN l.place IN ('U4', 'U5', 'U6') THEN 'agency_fostering'
            WHEN l.place IN ('K1', 'K2', 'R1', 'R2', 'R3', 'R5', 'S1') THEN 'residential'
            WHEN l.place IN ('H5', 'K3', 'P2') THEN 'supported_accommodation'
            WHEN l.place IN ('A3', 'A4', 'A5', 'A6') THEN 'placed_for_adoption'
            WHEN l.place = 'P1' THEN 'placed_with_parents'
            ELSE 'other' END AS placement_group
FROM looked_after_at l
