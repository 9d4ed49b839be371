-- The care leavers OC3 asks about this year (a 17th to 21st birthday between 1 April and the cutoff) with no contact
-- in their birthday's window known by the cutoff: each is missing from OC3 until a contact is recorded.
SELECT b.child_id AS "childId", b.age AS "age", strftime(b.birthday, '%Y-%m-%d') AS "birthday",
       strftime(b.contact_from, '%Y-%m-%d') AS "contactFrom", strftime(b.contact_to, '%Y-%m-%d') AS "contactTo"
FROM care_leaver_birthdays b
WHERE b.la_code = $laCode AND b.birthday BETWEEN CAST($yearStart AS DATE) AND CAST($cutoff AS DATE)
  AND NOT EXISTS (SELECT 1 FROM care_leaver_contacts k
                  WHERE k.child_key = b.child_key AND k.contact_date BETWEEN b.contact_from AND b.contact_to
                    AND k.contact_date <= CAST($cutoff AS DATE))
ORDER BY b.child_id
