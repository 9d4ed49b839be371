-- rule 229
-- message: Placement provider does not match between the placing authority and the local authority code of the provider. [NOTE: The provider's LA code is inferred from the its postcode, and may be inaccurate in some cases.]
-- fields: PLACE_PROVIDER, URN
-- tables: Episodes, Provider Info
-- needs: providers, laCode
-- PR1 (own LA provision) needs the provider to be in the placing LA; PR2 (other LA) needs it elsewhere. The
-- provider's LA comes from provider_info.LA_CODE. A PR1 episode whose URN is unknown or has no LA fails, as in the
-- reference. From 2025-26 placement types without a provider (K3, P1, P3, R1, R2, R5, T0-T4, Z11-Z14) are exempt.
-- from 2023-24
SELECT 'Episodes' AS table_name, e.row_no, e.CHILD AS child
FROM episodes e LEFT JOIN (SELECT URN, any_value(LA_CODE) AS LA_CODE FROM provider_info GROUP BY URN) p ON p.URN = e.URN
WHERE e.URN IS NOT NULL AND e.URN <> 'XXXXXXX'
  AND ((e.PLACE_PROVIDER = 'PR1' AND p.LA_CODE IS DISTINCT FROM la_code()) OR (e.PLACE_PROVIDER = 'PR2' AND p.LA_CODE = la_code()))
-- from 2025-26
SELECT 'Episodes' AS table_name, e.row_no, e.CHILD AS child
FROM episodes e LEFT JOIN (SELECT URN, any_value(LA_CODE) AS LA_CODE FROM provider_info GROUP BY URN) p ON p.URN = e.URN
WHERE e.URN IS NOT NULL AND e.URN <> 'XXXXXXX'
  AND (e.PLACE IS NULL OR e.PLACE NOT IN ('K3', 'P1', 'P3', 'R1', 'R2', 'R5', 'T0', 'T1', 'T2', 'T3', 'T4', 'Z11', 'Z12', 'Z13', 'Z14'))
  AND ((e.PLACE_PROVIDER = 'PR1' AND p.LA_CODE IS DISTINCT FROM la_code()) OR (e.PLACE_PROVIDER = 'PR2' AND p.LA_CODE = la_code()))
