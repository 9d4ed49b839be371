/**
 * Test helper: the DfE 903 validation rules (2024/25 catalogue, anchors 1.5) that a synthetic LA must pass, as
 * checks over derived episodes. Each returns one message per failure naming the child, the episode and the rule.
 * Not the validator: enough of each rule to hold the generator to it.
 */
import { addDays, addYears, ageInYears, daysBetween, type CalendarDate } from '@careledger/runtime';
import { detailsOn, type ChildRecord, type Episode } from './episodes';

export type EpisodeRule = (record: ChildRecord, asAt: CalendarDate) => string[];

const FOSTER = ['U1', 'U2', 'U3', 'U4', 'U5', 'U6'];
const ADOPTION = ['A3', 'A4', 'A5', 'A6'];
const TEMPORARY = ['T0', 'T1', 'T2', 'T3', 'T4'];
const SUPPORTED = ['H5', 'P2', 'K3'];
/** Rule 218: placement types that need no Ofsted URN (and, rule 222, must not have one). All our placements are in England. */
const NO_URN = ['P1', 'P3', 'R1', 'R2', 'R5', ...TEMPORARY, 'Z1', 'Z11', 'Z12', 'Z13', 'Z14'];
const Z1_LAST_DAY = '2025-03-31';
const P2_LAST_DAY = '2024-03-31';

const at = (e: Episode) => `${e.childId} episode ${e.start} ${e.placementType}/${e.legalStatus}`;
const dobOf = (r: ChildRecord) => r.details[0]?.payload.dateOfBirth as CalendarDate;
const ageAt = (r: ChildRecord, date: CalendarDate) => ageInYears(dobOf(r), date);
const isShortBreak = (e: Episode) => e.legalStatus === 'V3' || e.legalStatus === 'V4';

/** 378: placed with parents cannot be under a single period of s20 accommodation (V2). */
export const placedWithParentsUnderOrder: EpisodeRule = (r) =>
  r.episodes.filter((e) => e.placementType === 'P1' && e.legalStatus === 'V2').map((e) => `${at(e)}: P1 under V2 (rule 378)`);

/** 516: a special guardianship order to former foster carers (E45/E46) ends a foster placement (U1-U6). */
export const sgoToFosterCarersFromFostering: EpisodeRule = (r) =>
  r.episodes.filter((e) => (e.reason === 'E45' || e.reason === 'E46') && !FOSTER.includes(e.placementType))
    .map((e) => `${at(e)}: ${e.reason} from a non-foster placement (rule 516)`);

/** 209: a child of school age (4 by the 31 August before the collection year) has no UN1 in that year's header. */
export const noUn1AtSchoolAge: EpisodeRule = (r, asAt) => {
  const problems: string[] = [];
  const dob = dobOf(r);
  for (const year of collectionYears(r, asAt)) {
    const reference = `${Number(year.slice(0, 4)) - 1}-08-31`;
    const upn = detailsOn(r, minDate(addDays(`${Number(year.slice(0, 4)) + 1}-04-01`, -1), asAt))?.upn;
    if (upn === 'UN1' && addYears(dob, 4) <= reference) problems.push(`${r.childId} ${year}: UN1 for a child of school age (born ${dob}) (rule 209)`);
  }
  return problems;
};

/** 218/222/1008: an Ofsted URN on every placement type that needs one, never on the others. */
export const urnWhereRequired: EpisodeRule = (r) => r.episodes.flatMap((e) => {
  const needed = !NO_URN.includes(e.placementType);
  if (needed && !e.urn) return [`${at(e)}: no URN (rule 218)`];
  if (!needed && e.urn) return [`${at(e)}: URN ${e.urn} not expected for ${e.placementType} (rule 222)`];
  if (e.urn && !/^(?:SC\d{6}|\d{6,7})$/.test(e.urn)) return [`${at(e)}: URN ${e.urn} is not an Ofsted URN (rule 1008)`];
  return [];
});

/** 392b/392d: every placement has a postcode; home and placement postcodes differ unless placed with parents. */
export const postcodesWhereRequired: EpisodeRule = (r) => {
  const uasc = r.details.some((d) => d.payload.uasc === true);
  return r.episodes.flatMap((e) => {
    const problems: string[] = [];
    if (!e.placementPostcode) problems.push(`${at(e)}: no placement postcode (rule 392b)`);
    if (!uasc && !e.homePostcode) problems.push(`${at(e)}: no home postcode (rule 392b)`);
    if (e.placementType !== 'P1' && e.homePostcode && e.homePostcode === e.placementPostcode) problems.push(`${at(e)}: home and placement postcode are the same (rule 392d)`);
    return problems;
  });
};

/** 370-374: minimum ages for supported accommodation (16), residential employment (14), custody (10), school (4). */
export const placementAges: EpisodeRule = (r) => r.episodes.flatMap((e) => {
  const age = ageAt(r, e.start);
  const min = SUPPORTED.includes(e.placementType) ? 16 : e.placementType === 'P3' ? 14 : e.placementType === 'R5' ? 10 : e.placementType === 'S1' ? 4 : 0;
  return age < min ? [`${at(e)}: aged ${age}, under ${min} (rules 370-374)`] : [];
});

/** 375/376/377/379/380/381/383: temporary placements are short, inside a period of care, and return to the placement left. */
export const temporaryPlacements: EpisodeRule = (r, asAt) => {
  const problems: string[] = [];
  const t3Starts: CalendarDate[] = [];
  r.episodes.forEach((e, i) => {
    if (!TEMPORARY.includes(e.placementType)) return;
    if (isShortBreak(e)) problems.push(`${at(e)}: temporary placement during respite (rule 382)`);
    // A legal status change during a temporary placement splits it into two episodes (RNE L): judge the whole stay.
    const before = r.episodes[i - 1];
    if (before && before.period === e.period && before.placementType === e.placementType && e.rne === 'L') return;
    let last = i;
    while (r.episodes[last + 1]?.period === e.period && r.episodes[last + 1]?.rne === 'L') last++;
    const final = r.episodes[last]!;
    const after = r.episodes[last + 1];
    const days = daysBetween(e.start, final.end ?? asAt);
    const limit = ({ T1: 42, T3: 21, T4: 7 } as Record<string, number>)[e.placementType];
    if (limit !== undefined && days > limit) problems.push(`${at(e)}: ${days} days, over ${limit} (rules 375/376/379)`);
    if (e.rne === 'S' || !before || before.period !== e.period) problems.push(`${at(e)}: a period of care starts with a temporary placement (rule 380)`);
    if (final.reason !== undefined) problems.push(`${at(e)}: a period of care ends with a temporary placement (rule 381)`);
    else if (after && before && (after.placementType !== before.placementType || after.urn !== before.urn || after.placementPostcode !== before.placementPostcode)) {
      problems.push(`${at(e)}: returns to ${after.placementType}, not the placement left (${before.placementType}) (rule 383)`);
    }
    if (e.placementType === 'T3') t3Starts.push(e.start);
  });
  for (let i = 2; i < t3Starts.length; i++) {
    if (daysBetween(t3Starts[i - 2]!, t3Starts[i]!) < 365) problems.push(`${r.childId} ${t3Starts[i]}: a third T3 within 12 months (rule 377)`);
  }
  return problems;
};

/** 365/367/384: each short break (V3) lasts at most 17 days, at most 75 days a year, never in long-term fostering. */
export const shortBreakLimits: EpisodeRule = (r, asAt) => {
  const problems: string[] = [];
  const byYear = new Map<string, number>();
  for (const e of r.episodes) {
    if (!isShortBreak(e)) continue;
    if (e.placementType === 'U1' || e.placementType === 'U4') problems.push(`${at(e)}: respite in long-term fostering (rule 384)`);
    if (e.legalStatus !== 'V3') continue;
    const end = e.end ?? asAt;
    if (daysBetween(e.start, end) > 17) problems.push(`${at(e)}: a short break over 17 days (rule 365)`);
    for (const year of yearsSpanned(e.start, end)) {
      const from = maxDate(e.start, year);
      const to = minDate(end, `${Number(year.slice(0, 4)) + 1}-04-01`);
      byYear.set(year, (byYear.get(year) ?? 0) + Math.max(0, daysBetween(from, to)));
    }
  }
  for (const [year, days] of byYear) if (days > 75) problems.push(`${r.childId} ${year}: ${days} days of respite in the year (rule 367)`);
  return problems;
};

/** 355: every episode lasts at least 24 hours. */
export const episodesLastADay: EpisodeRule = (r) =>
  r.episodes.filter((e) => e.end !== undefined && e.end <= e.start).map((e) => `${at(e)}: ends ${e.end}, under 24 hours (rule 355)`);

/** 217/336/390/408: placed for adoption from fostering, with current carers as T/U, with a placement order for A5/A6. */
export const adoptionPlacements: EpisodeRule = (r) => r.episodes.flatMap((e, i) => {
  const problems: string[] = [];
  const before = r.episodes[i - 1];
  if ((e.placementType === 'A3' || e.placementType === 'A4') && before && !FOSTER.includes(before.placementType) && !ADOPTION.includes(before.placementType)) {
    problems.push(`${at(e)}: placed for adoption from ${before.placementType}, not fostering (rule 336)`);
  }
  if ((e.placementType === 'A3' || e.placementType === 'A5') && !['S', 'T', 'U'].includes(e.rne)) problems.push(`${at(e)}: with current foster carers but RNE ${e.rne} (rule 217)`);
  if ((e.placementType === 'A5' || e.placementType === 'A6') && e.legalStatus !== 'E1' && e.legalStatus !== 'D1') problems.push(`${at(e)}: placement order placement under ${e.legalStatus} (rule 408)`);
  if ((e.reason === 'E11' || e.reason === 'E12') && !ADOPTION.includes(e.placementType)) problems.push(`${at(e)}: adopted from ${e.placementType} (rule 390)`);
  return problems;
});

/** 527-531/550: PR0 exactly for P1; PR3 never for adoption, children's homes or fostering. */
export const providerFitsPlacement: EpisodeRule = (r) => r.episodes.flatMap((e) => {
  const problems: string[] = [];
  if ((e.placementProvider === 'PR0') !== (e.placementType === 'P1')) problems.push(`${at(e)}: provider ${e.placementProvider} (rules 527-531, 550)`);
  if (e.placementProvider === 'PR3' && [...ADOPTION, 'K1', 'K2', ...FOSTER].includes(e.placementType)) problems.push(`${at(e)}: PR3 (rule 529)`);
  if (e.placementProvider && (TEMPORARY.includes(e.placementType) || /^Z1\d$/.test(e.placementType))) problems.push(`${at(e)}: a provider for ${e.placementType} (rules 178/213)`);
  return problems;
});

/** Z1 is not valid from 2025/26: no Z1 placement is open across 1 April 2025. */
export const noZ1Across2025: EpisodeRule = (r) => r.episodes
  .filter((e) => e.placementType === 'Z1' && (e.end === undefined || e.end > Z1_LAST_DAY))
  .map((e) => `${at(e)}: Z1 open after ${Z1_LAST_DAY}`);

/** P2 has no 2024/25 code (nor a DfE recoding): no P2 placement is open across 1 April 2024. */
export const noP2Across2024: EpisodeRule = (r) => r.episodes
  .filter((e) => e.placementType === 'P2' && (e.end === undefined || e.end > P2_LAST_DAY))
  .map((e) => `${at(e)}: P2 open after ${P2_LAST_DAY}`);

export const EPISODE_RULES: Readonly<Record<string, EpisodeRule>> = {
  placedWithParentsUnderOrder, sgoToFosterCarersFromFostering, noUn1AtSchoolAge, urnWhereRequired, postcodesWhereRequired,
  placementAges, temporaryPlacements, shortBreakLimits, episodesLastADay, adoptionPlacements, providerFitsPlacement, noZ1Across2025,
  noP2Across2024,
};

/**
 * Across an LA (rules 219/221/224): one URN means one provider of one kind at one place. Fostering and adoption
 * agencies' carers live at many addresses, so only establishments keep one postcode.
 */
export function urnsStablePerProvider(records: readonly ChildRecord[]): string[] {
  const seen = new Map<string, { kind: string; provider: string | undefined; postcode: string | undefined }>();
  const problems: string[] = [];
  for (const r of records) {
    for (const e of r.episodes) {
      if (!e.urn) continue;
      const kind = FOSTER.includes(e.placementType) ? 'fostering' : ADOPTION.includes(e.placementType) ? 'adoption' : SUPPORTED.includes(e.placementType) ? 'supported' : e.placementType;
      const agency = kind === 'fostering' || kind === 'adoption';
      const postcode = agency ? undefined : e.placementPostcode;
      const first = seen.get(e.urn);
      if (!first) { seen.set(e.urn, { kind, provider: e.placementProvider, postcode }); continue; }
      if (first.kind !== kind) problems.push(`${at(e)}: URN ${e.urn} is a ${first.kind} URN (rule 219)`);
      if (first.provider !== e.placementProvider) problems.push(`${at(e)}: URN ${e.urn} belongs to ${first.provider} (rule 224)`);
      if (first.postcode !== postcode) problems.push(`${at(e)}: URN ${e.urn} is at ${first.postcode} (rule 221)`);
      if (kind === 'fostering' && !/^\d{7}$/.test(e.urn)) problems.push(`${at(e)}: fostering URN ${e.urn} is not 7 digits`);
      if ((kind === 'K1' || kind === 'K2') && !/^SC\d{6}$/.test(e.urn)) problems.push(`${at(e)}: children's home URN ${e.urn} is not SC + 6 digits`);
    }
  }
  return problems;
}

/** 1 April of each collection year the child has an episode in, up to the one containing asAt. */
function collectionYears(r: ChildRecord, asAt: CalendarDate): CalendarDate[] {
  const years = new Set<CalendarDate>();
  for (const e of r.episodes) for (const y of yearsSpanned(e.start, e.end ?? asAt)) years.add(y);
  return [...years];
}

function yearsSpanned(from: CalendarDate, to: CalendarDate): CalendarDate[] {
  const aprilOf = (d: CalendarDate) => `${Number(d.slice(0, 4)) - (d.slice(5) < '04-01' ? 1 : 0)}-04-01`;
  const years: CalendarDate[] = [];
  for (let y = Number(aprilOf(from).slice(0, 4)); y <= Number(aprilOf(to).slice(0, 4)); y++) years.push(`${y}-04-01`);
  return years;
}

const minDate = (a: CalendarDate, b: CalendarDate) => (a < b ? a : b);
const maxDate = (a: CalendarDate, b: CalendarDate) => (a > b ? a : b);
