/**
 * Health and outcomes for the OC2 cohort (looked after continuously for 12 months at 31 March, not short breaks):
 * each such year an annual health assessment (two, six months apart, under 5), a dental check for most, a
 * development assessment under 5, immunisations reviewed (mostly up to date), an SDQ from 4 to 16 (a score, mean
 * ~15, or the reason there is none), and for a few teenagers an offence or substance misuse. DfE England 2025:
 * 90% assessed, 84% immunised, 81% dental, 88% development, 2% convicted (10-17), 3% substance misuse. Every
 * period of care begins with an initial health assessment: requested of health by the LA, then carried out.
 */
import type { CaseEventOf } from '@careledger/events';
import { Weighted, type Rng } from './prng';
import { addMonthsDay, ageOn, type Day } from './dates';
import { settledStart } from './corrections';
import type { ChildPlan, LaEnv, PeriodPlan, RecordPlan } from './types';

const sdqReason = new Weighted<string>([['SDQ4', 45], ['SDQ2', 25], ['SDQ5', 20], ['SDQ3', 10]]);

/** Shared payloads (frozen): a region holds a million events, and these facts say nothing more. */
const HEALTH_ASSESSMENT = Object.freeze({ check: 'health_assessment' } as const);
const DENTAL_CHECK = Object.freeze({ check: 'dental_check' } as const);
const DEVELOPMENT_ASSESSMENT = Object.freeze({ check: 'development_assessment' } as const);
const NO_PAYLOAD = Object.freeze({});
const IMMUNISED = Object.freeze({ upToDate: true });
const NOT_IMMUNISED = Object.freeze({ upToDate: false });

/** Is the child in the OC2 cohort for the collection year starting `april`: in care all year, from a year before? */
export function inCohort(p: PeriodPlan, april: Day, nextApril: Day): boolean {
  return p.start <= april && p.end >= nextApril;
}

export function planHealth(env: LaEnv, child: ChildPlan, p: PeriodPlan, records: RecordPlan[]): void {
  if (child.shortBreak) return;
  planInitialHealthAssessment(env, child, p, records);
  const years = env.collectionYears;
  const rng = child.rng;
  // What stays true of a child from year to year: registered with a dentist, immunisations kept up, how they score.
  const dentist = rng.chance(0.86);
  const immunised = rng.chance(0.87);
  const sdqBase = 14.9 + 6.5 * rng.normal();
  const offends = child.missingRate > 0 ? 0.07 : 0.012;
  for (let y = 0; y < years.length; y++) {
    const year = years[y] as Day;
    const nextApril = years[y + 1] ?? addMonthsDay(year, 12);
    if (!inCohort(p, year, nextApril)) continue;
    const first = Math.max(year, settledStart(p) + 1);
    const last = Math.min(nextApril - 1, p.end - 1, env.asAt);
    if (last < first) continue;
    const age = ageOn(child.dob, nextApril - 1);
    if (rng.chance(0.91)) {
      const assessed = age < 5 ? rng.int(first, Math.min(last, first + 150)) : rng.int(first, last);
      records.push({ day: assessed, type: 'HealthCheckCompleted', payload: HEALTH_ASSESSMENT });
      const second = assessed + rng.int(170, 190);
      if (age < 5 && second <= last) records.push({ day: second, type: 'HealthCheckCompleted', payload: HEALTH_ASSESSMENT });
      records.push({ day: assessed, type: 'ImmunisationsReviewed', payload: rng.chance(immunised ? 0.95 : 0.3) ? IMMUNISED : NOT_IMMUNISED });
    } else {
      records.push({ day: rng.int(first, last), type: 'ImmunisationsReviewed', payload: rng.chance(immunised ? 0.9 : 0.2) ? IMMUNISED : NOT_IMMUNISED });
    }
    if (rng.chance(dentist ? 0.9 : 0.25)) records.push({ day: rng.int(first, last), type: 'HealthCheckCompleted', payload: DENTAL_CHECK });
    if (age < 5 && rng.chance(0.88)) records.push({ day: rng.int(first, last), type: 'HealthCheckCompleted', payload: DEVELOPMENT_ASSESSMENT });
    // Rules 186-189, 197B: an SDQ for those 4 or over at the start of the year and under 17 at its end; for those
    // turning 4 or 17 in the year, a score or the reason there is none (SDQ1: too young or too old when assessed).
    const ageAtStart = ageOn(child.dob, year);
    const sdqScore = () => ({ score: Math.max(0, Math.min(40, Math.round(sdqBase + 2.5 * rng.normal()))) });
    if (ageAtStart >= 4 && age <= 16) {
      const disabled = p.categoryOfNeed === 'N2';
      const payload = rng.chance(disabled ? 0.6 : 0.8)
        ? sdqScore()
        : { reasonNotCompleted: disabled && rng.chance(0.5) ? 'SDQ3' : sdqReason.pick(rng) };
      records.push({ day: rng.int(first, last), type: 'SdqRecorded', payload });
    } else if ((ageAtStart === 3 && age === 4) || (ageAtStart === 16 && age === 17)) {
      records.push({ day: rng.int(first, last), type: 'SdqRecorded', payload: rng.chance(0.4) ? sdqScore() : { reasonNotCompleted: 'SDQ1' } });
    }
    const offence = rng.int(first, last);
    if (age >= 10 && ageOn(child.dob, offence) >= 10 && rng.chance(offends)) {
      records.push({ day: offence, type: 'OffenceRecorded', payload: { outcome: rng.chance(0.6) ? 'conviction' : 'youth_caution' } });
    }
    const misuse = rng.int(first, last);
    if (age >= 13 && ageOn(child.dob, misuse) >= 13 && rng.chance(child.missingRate > 0 ? 0.12 : 0.035)) records.push({ day: misuse, type: 'SubstanceMisuseIdentified', payload: interventions(rng) });
  }
}

/**
 * The initial health assessment of a period of care that began in the history: most requests go to health within
 * two days, a few later, a few never recorded; about half the assessments are done within 20 working days (~28
 * calendar days), most of the rest within two months, some never (the child left first or it was not recorded).
 * Nothing is recorded before the settled start, after care ends or after asAt.
 */
function planInitialHealthAssessment(env: LaEnv, child: ChildPlan, p: PeriodPlan, records: RecordPlan[]): void {
  if (p.start < env.historyStart) return;
  const rng = child.rng;
  const first = settledStart(p);
  const last = Math.min(p.end - 1, env.asAt);
  const r = rng.next();
  const requested = r < 0.7 ? p.start + rng.int(0, 2) : r < 0.95 ? p.start + rng.int(3, 14) : undefined;
  if (requested === undefined) return;
  if (requested >= first && requested <= last) records.push({ day: requested, type: 'InitialHealthAssessmentRequested', payload: NO_PAYLOAD });
  const c = rng.next();
  const completed = c < 0.5 ? requested + rng.int(7, 26) : c < 0.88 ? requested + rng.int(27, 60) : undefined;
  if (completed !== undefined && completed >= first && completed <= last) records.push({ day: completed, type: 'InitialHealthAssessmentCompleted', payload: NO_PAYLOAD });
}

/** Of those with substance misuse, 41% received an intervention and 44% were offered one and refused (DfE 2025). */
function interventions(rng: Rng): CaseEventOf<'SubstanceMisuseIdentified'>['payload'] {
  const r = rng.next();
  return r < 0.41 ? { interventionReceived: true } : { interventionReceived: false, interventionOfferedButRefused: r < 0.85 };
}
