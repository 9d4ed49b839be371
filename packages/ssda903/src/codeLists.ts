import type { CalendarDate } from '@careledger/runtime';

/**
 * SSDA903 code lists, versioned by effective date. `validFrom`/`validUntil` are inclusive calendar dates on which
 * the code may describe a fact that happened that day (a placement starting, a status changing).
 * Sources: DfE SSDA903 schema 2017-2026 and the 2024/25 validation rules (see anchors-ssda903 §1.4, §1.6).
 */
export interface CodeEntry {
  readonly code: string;
  readonly label: string;
  readonly validFrom?: CalendarDate;
  readonly validUntil?: CalendarDate;
}

const entries = (rows: ReadonlyArray<readonly [string, string, CalendarDate?, CalendarDate?]>): CodeEntry[] =>
  rows.map(([code, label, validFrom, validUntil]) => ({
    code,
    label,
    ...(validFrom ? { validFrom } : {}),
    ...(validUntil ? { validUntil } : {}),
  }));

export const codeLists = {
  sex: entries([
    // 1/2 were the 903 codes until 2023/24; M/F/U from 2024/25. M and F describe the same facts as 1 and 2, so
    // they are accepted for any date and exported in the coding of the collection year.
    ['1', 'Male (903 coding to 2023/24)', undefined, '2024-03-31'],
    ['2', 'Female (903 coding to 2023/24)', undefined, '2024-03-31'],
    ['M', 'Male'],
    ['F', 'Female'],
    ['U', 'Unknown', '2024-04-01'],
  ]),
  ethnicity: entries([
    ['WBRI', 'White British'], ['WIRI', 'White Irish'], ['WOTH', 'Any other White background'],
    ['WIRT', 'Traveller of Irish heritage'], ['WROM', 'Gypsy/Roma'], ['MWBC', 'White and Black Caribbean'],
    ['MWBA', 'White and Black African'], ['MWAS', 'White and Asian'], ['MOTH', 'Any other mixed background'],
    ['AIND', 'Indian'], ['APKN', 'Pakistani'], ['ABAN', 'Bangladeshi'], ['AOTH', 'Any other Asian background'],
    ['BCRB', 'Caribbean'], ['BAFR', 'African'], ['BOTH', 'Any other Black background'], ['CHNE', 'Chinese'],
    ['OOTH', 'Any other ethnic group'], ['REFU', 'Refused'], ['NOBT', 'Information not yet obtained'],
  ]),
  legalStatus: entries([
    ['C1', 'Interim care order'], ['C2', 'Full care order'],
    ['D1', 'Freeing order granted', undefined, '2005-12-29'],
    ['E1', 'Placement order granted', '2005-12-30'],
    ['V2', 'Single period of accommodation under section 20'],
    ['V3', 'Accommodated under an agreed series of short-term breaks (individual episodes recorded)'],
    ['V4', 'Accommodated under an agreed series of short-term breaks (agreements recorded)'],
    ['L1', 'Under police protection and in local authority accommodation'],
    ['L2', 'Emergency protection order'], ['L3', 'Under child assessment order and in local authority accommodation'],
    ['J1', 'Remanded to local authority or youth detention accommodation'],
    ['J2', 'Placed in local authority accommodation under PACE'],
    ['J3', 'Sentenced to Youth Rehabilitation Order with residence or intensive fostering requirement'],
  ]),
  categoryOfNeed: entries([
    ['N1', 'Abuse or neglect'], ['N2', "Child's disability"], ['N3', 'Parental illness or disability'],
    ['N4', 'Family in acute stress'], ['N5', 'Family dysfunction'], ['N6', 'Socially unacceptable behaviour'],
    ['N7', 'Low income'], ['N8', 'Absent parenting'],
  ]),
  placementType: entries([
    ['A3', 'Placed for adoption with consent with current foster carer(s)'],
    ['A4', 'Placed for adoption with consent not with current foster carer(s)'],
    ['A5', 'Placed for adoption with placement order with current foster carer(s)'],
    ['A6', 'Placed for adoption with placement order not with current foster carer(s)'],
    ['H5', 'Semi-independent living accommodation not subject to children\'s homes regulations', undefined, '2024-03-31'],
    ['K1', 'Secure children\'s homes'], ['K2', 'Children\'s homes subject to Children\'s Homes Regulations'],
    ['K3', 'Registered supported accommodation', '2023-10-28'],
    ['P1', 'Placed with own parent(s) or other person(s) with parental responsibility'],
    ['P2', 'Independent living, with or without formal support', undefined, '2023-10-27'],
    ['P3', 'Residential employment'], ['R1', 'Residential care home'],
    ['R2', 'NHS/health trust or other establishment providing medical or nursing care'],
    ['R3', 'Family centre or mother and baby unit'], ['R5', 'Young offender institution'],
    ['S1', 'All residential schools, except where dual-registered as a school and children\'s home'],
    ['T0', 'All types of temporary move'], ['T1', 'Temporary periods in hospital'],
    ['T2', 'Temporary absences of the child on holiday'],
    ['T3', 'Temporary accommodation whilst normal foster carer(s) is/are on holiday'],
    ['T4', 'Temporary accommodation of seven days or less, not covered by T1 to T3'],
    ['U1', 'Foster placement with relative(s) or friend(s): long term fostering'],
    ['U2', 'Foster placement with relative(s) or friend(s): fostering for adoption or concurrent planning'],
    ['U3', 'Foster placement with relative(s) or friend(s): other'],
    ['U4', 'Foster placement with other foster carer(s): long term fostering'],
    ['U5', 'Foster placement with other foster carer(s): fostering for adoption or concurrent planning'],
    ['U6', 'Foster placement with other foster carer(s): other'],
    ['Z1', 'Other placements', undefined, '2025-03-31'],
    ['Z11', 'Other placements (Z11)', '2025-04-01'], ['Z12', 'Other placements (Z12)', '2025-04-01'],
    ['Z13', 'Other placements (Z13)', '2025-04-01'], ['Z14', 'Other placements (Z14)', '2025-04-01'],
  ]),
  placementProvider: entries([
    ['PR0', 'Parent(s) or other person(s) with parental responsibility'],
    ['PR1', 'Own provision (by the local authority)'], ['PR2', 'Other local authority provision'],
    ['PR3', 'Other public provision'], ['PR4', 'Private provision'], ['PR5', 'Voluntary/third sector provision'],
  ]),
  reasonEpisodeCeased: entries([
    ['E11', 'Adopted: application unopposed'], ['E12', 'Adopted: consent dispensed with by the court'],
    ['E13', 'Left care to live with parent(s), relative(s) or other person(s) with no parental responsibility'],
    ['E14', 'Accommodation on remand ended'], ['E15', 'Age assessment determined child is aged 18 or over'],
    ['E16', 'Child moved abroad'], ['E17', 'Aged 18 (or over) and remained with current carers'],
    ['E2', 'Died'], ['E3', 'Care taken over by another local authority in the UK'],
    ['E41', 'Residence order or child arrangement order granted'],
    ['E45', 'Special guardianship order made to former foster carer(s), relative(s) or friend(s)'],
    ['E46', 'Special guardianship order made to former foster carer(s), other than relative(s) or friend(s)'],
    ['E47', 'Special guardianship order made to carer(s), other than former foster carer(s), relative(s) or friend(s)'],
    ['E48', 'Special guardianship order made to carer(s), other than former foster carer(s), other'],
    ['E4A', 'Returned home as part of the care planning process'],
    ['E4B', 'Returned home not as part of the current care planning process'],
    ['E5', 'Moved into independent living with supportive accommodation'],
    ['E6', 'Moved into independent living with no formalised support'],
    ['E7', 'Transferred to residential care funded by adult social care services'],
    ['E8', 'Period of being looked-after ceased for any other reason'], ['E9', 'Sentenced to custody'],
  ]),
  reasonPlaceChange: entries([
    ['CARPL', 'Change to/implementation of care plan'], ['CLOSE', 'Resignation/closure of provision'],
    ['ALLEG', 'Allegation (s47)'], ['STAND', 'Standards of care concern'], ['APPRR', 'Approval removed'],
    ['CREQB', "Carer(s) requests placement end due to child's behaviour"],
    ['CREQO', "Carer(s) requests placement end other than due to child's behaviour"],
    ['CHILD', 'Child requests placement end'], ['LAREQ', 'Responsible/area authority requests placement end'],
    ['PLACE', 'Change in the status of placement only'], ['CUSTOD', 'Custody arrangement'], ['OTHER', 'Other'],
  ]),
  participation: entries([
    ['PN0', 'Child aged under 4 at the time of the review'],
    ['PN1', 'Child physically attends and speaks for him or herself'],
    ['PN2', 'Child physically attends and an advocate speaks on his or her behalf'],
    ['PN3', 'Child attends and conveys his or her view symbolically'],
    ['PN4', 'Child physically attends but does not contribute'],
    ['PN5', 'Child does not attend physically but briefs an advocate'],
    ['PN6', 'Child does not attend but conveys feelings by a facilitative medium'],
    ['PN7', 'Child does not attend nor are views conveyed'],
  ]),
  missingType: entries([
    ['M', 'Missing from care'],
    ['A', 'Away from placement without authorisation'],
  ]),
  sdqReason: entries([
    ['SDQ1', 'No form returned as child was aged under 4 or over 16 at date of latest assessment'],
    ['SDQ2', 'Carer(s) refused to complete and return questionnaire'],
    ['SDQ3', "Not possible to complete the questionnaire due to severity of the child's disability"],
    ['SDQ4', 'Other'],
    ['SDQ5', 'Child or young person refuses to allow an SDQ to be completed'],
  ]),
  careLeaverInTouch: entries([
    ['YES', 'In touch'], ['NO', 'Not in touch'], ['DIED', 'Died after leaving care'],
    ['REFU', 'Young person refuses contact'], ['NREQ', "No longer requires children's social care services"],
    ['RHOM', 'Returned to live with parents or someone with parental responsibility for 6 months or more'],
  ]),
  // F3/P3 were retired in 2021/22 (schema 2022 diff).
  careLeaverActivity: entries([
    ['F1', 'Full time in higher education'], ['P1', 'Part time in higher education'],
    ['F2', 'Full time in education other than higher education'], ['P2', 'Part time in education other than higher education'],
    ['F3', 'Full time in training or employment (to 2020/21)', undefined, '2021-03-31'],
    ['P3', 'Part time in training or employment (to 2020/21)', undefined, '2021-03-31'],
    ['F4', 'Full time in an apprenticeship'], ['P4', 'Part time in an apprenticeship'],
    ['F5', 'Full time in training or employment (not apprenticeship)'], ['P5', 'Part time in training or employment (not apprenticeship)'],
    ['G4', 'Not in education, employment or training: illness or disability'],
    ['G5', 'Not in education, employment or training: other circumstances'],
    ['G6', 'Not in education, employment or training: pregnancy or parenting'],
    ['0', 'Not in touch and activity not known, died, or returned home for 6 months or more'],
  ]),
  // The letter is the kind of accommodation, the digit its suitability (1 suitable, 2 not).
  careLeaverAccommodation: entries([
    ...[['B', 'With parent(s) or relative(s)'], ['C', 'Community home or other residential care'],
      ['D', 'Semi-independent, transitional accommodation'], ['E', 'Supported lodgings'], ['G', 'Gone abroad'],
      ['H', 'Deported'], ['K', 'Ordinary lodgings, without formal support'], ['R', 'Residence not known'],
      ['S', 'No fixed abode / homeless'], ['T', 'Foyers and similar supported accommodation'], ['U', 'Independent living'],
      ['V', 'Emergency accommodation'], ['W', 'Bed and breakfast'], ['X', 'In custody'], ['Y', 'Other accommodation'],
      ['Z', 'With former foster carer(s)']].flatMap(([letter, label]) => [
      [`${letter}1`, `${label}: suitable`] as const, [`${letter}2`, `${label}: not suitable`] as const]),
    ['0', 'Not in touch, died, or returned home for 6 months or more'],
  ]),
  previousPermanence: entries([
    ['P1', 'Adoption'], ['P2', 'Special guardianship order'],
    ['P3', 'Residence order or child arrangements order naming with whom the child is to live'],
    ['P4', 'Unknown'], ['Z1', 'Child has not previously had a permanence option'],
  ]),
  adoptersSex: entries([
    ['M1', 'Single male adopter'], ['F1', 'Single female adopter'], ['MM', 'Male couple'], ['FF', 'Female couple'],
    ['MF', 'Male and female couple'],
  ]),
  adoptersLegalStatus: entries([
    ['L0', 'Single adopter'], ['L11', 'Different-gender married couple'], ['L12', 'Same-gender married couple'],
    ['L2', 'Civil partnership couple'], ['L3', 'Unmarried couple, male and female'], ['L4', 'Unmarried couple, same gender'],
  ]),
  reasonPlacedCeased: entries([
    ['RD1', "The child's needs changed subsequent to the decision"], ['RD2', 'The Court did not make a placement order'],
    ['RD3', 'Prospective adopters could not be found'], ['RD4', 'Any other reason'],
  ]),
  // The DfE publishes no descriptions for these codes (schema 2024 diff adds the SWEpisodes table).
  socialWorkerChangeReason: entries([
    ['MANAGE', 'MANAGE'], ['FCONTA', 'FCONTA'], ['LEFTRL', 'LEFTRL'], ['ORGRST', 'ORGRST'], ['TSPROC', 'TSPROC'],
    ['ABSENC', 'ABSENC'], ['CHCHAN', 'CHCHAN'], ['PCCHAN', 'PCCHAN'], ['SWDIED', 'SWDIED'], ['OTHERS', 'OTHERS'],
  ]),
} as const satisfies Record<string, CodeEntry[]>;

export type CodeListName = keyof typeof codeLists;

export type CodeCheck =
  | { readonly ok: true; readonly entry: CodeEntry }
  | { readonly ok: false; readonly reason: string };

const indexes = new Map<CodeListName, Map<string, CodeEntry>>(
  (Object.keys(codeLists) as CodeListName[]).map((name) => [name, new Map(codeLists[name].map((e) => [e.code, e]))]),
);

/** Is `code` a valid `list` code for a fact that happened on `on`? */
export function checkCode(list: CodeListName, code: string, on: CalendarDate): CodeCheck {
  const entry = indexes.get(list)?.get(code);
  if (!entry) {
    // The hint lists only the codes in force on the fact's date: offering a code that would be refused misleads.
    const valid = codeLists[list].filter((e) => (!e.validFrom || on >= e.validFrom) && (!e.validUntil || on <= e.validUntil));
    return { ok: false, reason: `'${code}' is not a ${list} code (valid on ${on}: ${valid.map((e) => e.code).join(', ')})` };
  }
  if (entry.validFrom && on < entry.validFrom) {
    return { ok: false, reason: `${list} code '${code}' is only valid from ${entry.validFrom}, not on ${on}` };
  }
  if (entry.validUntil && on > entry.validUntil) {
    return { ok: false, reason: `${list} code '${code}' is not valid after ${entry.validUntil} (date given: ${on})` };
  }
  return { ok: true, entry };
}

export function codesOf(list: CodeListName): string[] {
  return codeLists[list].map((e) => e.code);
}

/** V3/V4: an agreed series of short-term breaks. DfE excludes these children from every published figure. */
export const SHORT_BREAK_LEGAL_STATUSES: readonly string[] = ['V3', 'V4'];

/**
 * Placement types the DfE gives no Ofsted URN (validation rules 218 and 222): placements with parents, residential
 * employment, independent living, NHS settings, residential care homes, youth custody, temporary moves and "other"
 * placements. Every other placement is with a provider Ofsted registers (a foster or adoption service, a children's
 * home, supported accommodation, a school), whose URN the 903 requires unless the placement is outside England.
 * H5 is not here: from 28 October 2023 semi-independent accommodation needs Ofsted registration (rule 230).
 */
export const PLACEMENTS_WITHOUT_OFSTED_URN: readonly string[] = [
  'P1', 'P2', 'P3', 'R1', 'R2', 'R5', 'T0', 'T1', 'T2', 'T3', 'T4', 'Z1', 'Z11', 'Z12', 'Z13', 'Z14',
];

/** Does the 903 want the Ofsted URN of the provider of a placement of this type? */
export function placementHasOfstedUrn(placementType: string): boolean {
  return !PLACEMENTS_WITHOUT_OFSTED_URN.includes(placementType);
}

/** The URN the DfE asks for when the provider of a placement that needs one has none (rules 222, 1008). */
export const NO_URN = 'XXXXXXX';
