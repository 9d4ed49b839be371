-- view: care_leaver_contacts
-- about: One row per contact with a care leaver recorded (what 903 OC3 is counted from).
-- column la_code: The LA's DfE code.
-- column child_id [child]: The LA's id for the care leaver.
-- column contact_date: The day of the contact.
-- column in_touch: 903 IN_TOUCH.
-- column activity: 903 ACTIV, the care leaver's main activity.
-- column accommodation: 903 ACCOM, their accommodation.
SELECT la_code, child_id, contact_date, in_touch, activity, accommodation
FROM care_leaver_contacts
WHERE la_code = $laCode
