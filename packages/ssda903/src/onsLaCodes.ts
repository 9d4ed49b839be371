/**
 * ONS codes of English local authorities (the GSS codes a postcode lookup's `oslaua`/`oscty` carry, e.g.
 * E06000049) to the DfE's three-digit LA codes (895), as the DfE's own published tables pair them in their
 * `new_la_code` and `old_la_code` columns. Source: Department for Education, "Children looked after in England
 * including adoptions" (the local authority rows of its tables for the years ending 31 March 2021 to 2025, shipped
 * in data/dfe) and its ONS mid-year population estimates 2012 to 2024 (`ons_mid-year_population_estimates_2012_to_2024.csv`,
 * the same mirror), Open Government Licence v3.0.
 *
 * Codes an LA had before a reorganisation are kept beside its current one (Buckinghamshire E10000002 and
 * E06000060 are both 825; North Yorkshire and Somerset likewise), so an older postcode directory maps too.
 * Counties (E10) are the children's services authorities of two-tier areas: a shire district (E07) is not here,
 * and a lookup must give the county (`oscty`) for its postcodes.
 */
export const DFE_LA_CODE_OF_ONS_CODE: Readonly<Record<string, string>> = {
  E06000001: '805', // Hartlepool
  E06000002: '806', // Middlesbrough
  E06000003: '807', // Redcar and Cleveland
  E06000004: '808', // Stockton-on-Tees
  E06000005: '841', // Darlington
  E06000006: '876', // Halton
  E06000007: '877', // Warrington
  E06000008: '889', // Blackburn with Darwen
  E06000009: '890', // Blackpool
  E06000010: '810', // Kingston upon Hull, City of
  E06000011: '811', // East Riding of Yorkshire
  E06000012: '812', // North East Lincolnshire
  E06000013: '813', // North Lincolnshire
  E06000014: '816', // York
  E06000015: '831', // Derby
  E06000016: '856', // Leicester
  E06000017: '857', // Rutland
  E06000018: '892', // Nottingham
  E06000019: '884', // Herefordshire, County of
  E06000020: '894', // Telford and Wrekin
  E06000021: '861', // Stoke-on-Trent
  E06000022: '800', // Bath and North East Somerset
  E06000023: '801', // Bristol, City of
  E06000024: '802', // North Somerset
  E06000025: '803', // South Gloucestershire
  E06000026: '879', // Plymouth
  E06000027: '880', // Torbay
  E06000028: '837', // Bournemouth
  E06000029: '836', // Poole
  E06000030: '866', // Swindon
  E06000031: '874', // Peterborough
  E06000032: '821', // Luton
  E06000033: '882', // Southend-on-Sea
  E06000034: '883', // Thurrock
  E06000035: '887', // Medway
  E06000036: '867', // Bracknell Forest
  E06000037: '869', // West Berkshire
  E06000038: '870', // Reading
  E06000039: '871', // Slough
  E06000040: '868', // Windsor and Maidenhead
  E06000041: '872', // Wokingham
  E06000042: '826', // Milton Keynes
  E06000043: '846', // Brighton and Hove
  E06000044: '851', // Portsmouth
  E06000045: '852', // Southampton
  E06000046: '921', // Isle of Wight
  E06000047: '840', // County Durham
  E06000049: '895', // Cheshire East
  E06000050: '896', // Cheshire West and Chester
  E06000051: '893', // Shropshire
  E06000052: '908', // Cornwall
  E06000053: '420', // Isles of Scilly
  E06000054: '865', // Wiltshire
  E06000055: '822', // Bedford
  E06000056: '823', // Central Bedfordshire
  E06000057: '929', // Northumberland
  E06000058: '839', // Bournemouth, Christchurch and Poole
  E06000059: '838', // Dorset
  E06000060: '825', // Buckinghamshire
  E06000061: '940', // North Northamptonshire
  E06000062: '941', // West Northamptonshire
  E06000063: '942', // Cumberland
  E06000064: '943', // Westmorland and Furness
  E06000065: '815', // North Yorkshire
  E06000066: '933', // Somerset
  E08000001: '350', // Bolton
  E08000002: '351', // Bury
  E08000003: '352', // Manchester
  E08000004: '353', // Oldham
  E08000005: '354', // Rochdale
  E08000006: '355', // Salford
  E08000007: '356', // Stockport
  E08000008: '357', // Tameside
  E08000009: '358', // Trafford
  E08000010: '359', // Wigan
  E08000011: '340', // Knowsley
  E08000012: '341', // Liverpool
  E08000013: '342', // St. Helens
  E08000014: '343', // Sefton
  E08000015: '344', // Wirral
  E08000016: '370', // Barnsley
  E08000017: '371', // Doncaster
  E08000018: '372', // Rotherham
  E08000019: '373', // Sheffield
  E08000021: '391', // Newcastle upon Tyne
  E08000022: '392', // North Tyneside
  E08000023: '393', // South Tyneside
  E08000024: '394', // Sunderland
  E08000025: '330', // Birmingham
  E08000026: '331', // Coventry
  E08000027: '332', // Dudley
  E08000028: '333', // Sandwell
  E08000029: '334', // Solihull
  E08000030: '335', // Walsall
  E08000031: '336', // Wolverhampton
  E08000032: '380', // Bradford
  E08000033: '381', // Calderdale
  E08000034: '382', // Kirklees
  E08000035: '383', // Leeds
  E08000036: '384', // Wakefield
  E08000037: '390', // Gateshead
  E09000001: '201', // City of London
  E09000002: '301', // Barking and Dagenham
  E09000003: '302', // Barnet
  E09000004: '303', // Bexley
  E09000005: '304', // Brent
  E09000006: '305', // Bromley
  E09000007: '202', // Camden
  E09000008: '306', // Croydon
  E09000009: '307', // Ealing
  E09000010: '308', // Enfield
  E09000011: '203', // Greenwich
  E09000012: '204', // Hackney
  E09000013: '205', // Hammersmith and Fulham
  E09000014: '309', // Haringey
  E09000015: '310', // Harrow
  E09000016: '311', // Havering
  E09000017: '312', // Hillingdon
  E09000018: '313', // Hounslow
  E09000019: '206', // Islington
  E09000020: '207', // Kensington and Chelsea
  E09000021: '314', // Kingston upon Thames
  E09000022: '208', // Lambeth
  E09000023: '209', // Lewisham
  E09000024: '315', // Merton
  E09000025: '316', // Newham
  E09000026: '317', // Redbridge
  E09000027: '318', // Richmond upon Thames
  E09000028: '210', // Southwark
  E09000029: '319', // Sutton
  E09000030: '211', // Tower Hamlets
  E09000031: '320', // Waltham Forest
  E09000032: '212', // Wandsworth
  E09000033: '213', // Westminster
  E10000002: '825', // Buckinghamshire
  E10000003: '873', // Cambridgeshire
  E10000006: '909', // Cumbria
  E10000007: '830', // Derbyshire
  E10000008: '878', // Devon
  E10000009: '835', // Dorset
  E10000011: '845', // East Sussex
  E10000012: '881', // Essex
  E10000013: '916', // Gloucestershire
  E10000014: '850', // Hampshire
  E10000015: '919', // Hertfordshire
  E10000016: '886', // Kent
  E10000017: '888', // Lancashire
  E10000018: '855', // Leicestershire
  E10000019: '925', // Lincolnshire
  E10000020: '926', // Norfolk
  E10000021: '928', // Northamptonshire
  E10000023: '815', // North Yorkshire
  E10000024: '891', // Nottinghamshire
  E10000025: '931', // Oxfordshire
  E10000027: '933', // Somerset
  E10000028: '860', // Staffordshire
  E10000029: '935', // Suffolk
  E10000030: '936', // Surrey
  E10000031: '937', // Warwickshire
  E10000032: '938', // West Sussex
  E10000034: '885', // Worcestershire
};
