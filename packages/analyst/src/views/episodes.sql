-- view: episodes
-- about: One row per 903 episode of care, over the child's whole history (not one collection year): what the
-- about: return's Episodes table holds for the years it covers.
-- column la_code: The LA's DfE code.
-- column child_id [child]: The LA's id for the child.
-- column period_of_care: The child's period of care it belongs to, numbered from 1.
-- column episode_no: Its number within the child's history, from 1.
-- column decom: 903 DECOM, the date the episode began.
-- column rne: 903 RNE, why a new episode began.
-- column ls: 903 LS, legal status.
-- column cin: 903 CIN, category of need.
-- column place: 903 PLACE, placement type.
-- column place_provider: 903 PLACE_PROVIDER.
-- column dec: 903 DEC, the date the episode ceased (NULL while open).
-- column rec: 903 REC, why it ceased.
-- column reason_place_change: 903 REASON_PLACE_CHANGE.
-- column home_post [postcode]: 903 HOME_POST, the child's home postcode.
-- column pl_post [postcode]: 903 PL_POST, the placement's postcode.
-- column urn: 903 URN, the provider's Ofsted URN.
-- column placement_distance_miles: Miles between home and placement (from the postcode directory, when configured).
SELECT la_code, child_id, period_no AS period_of_care, episode_no, decom, rne, ls, cin, place, place_provider, dec, rec,
       reason_place_change, home_post, pl_post, urn, placement_distance_miles
FROM episodes
WHERE la_code = $laCode
