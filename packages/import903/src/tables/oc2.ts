import type { FactCandidate } from './tableImport';
import { flag, refuse, rowByRow } from './tableImport';

const FLAGS = ['CONVICTED', 'HEALTH_CHECK', 'IMMUNISATIONS', 'TEETH_CHECK', 'HEALTH_ASSESSMENT', 'SUBSTANCE_MISUSE', 'INTERVENTION_RECEIVED', 'INTERVENTION_OFFERED'] as const;

const CHECKS = { HEALTH_ASSESSMENT: 'health_assessment', TEETH_CHECK: 'dental_check', HEALTH_CHECK: 'development_assessment' } as const;

/**
 * OC2 -> the health and outcome facts of the year. OC2 states them for the year without a date, so each is dated
 * 31 March of the collection year (the date the 903 states them at: immunisations are "up to date at 31 March", the
 * others "in the year"), and named by the year and item. A 0 or blank states no fact.
 */
export const oc2 = rowByRow('OC2', ['CHILD', 'DOB', 'SDQ_SCORE', 'SDQ_REASON', ...FLAGS], (row, origin, { year }) => {
  const { cells } = row;
  const flags: Partial<Record<(typeof FLAGS)[number], boolean | undefined>> = {};
  for (const name of FLAGS) {
    const value = flag(cells[name]);
    if (value === 'invalid') return refuse(row, origin, name, 'must be 1, 0 or blank');
    flags[name] = value;
  }
  if (cells.SDQ_SCORE && !/^\d{1,2}$/.test(cells.SDQ_SCORE)) return refuse(row, origin, 'SDQ_SCORE', 'must be a whole number 0-40');
  const on = year.end;
  const base = { childId: cells.CHILD!, origin };
  const item = (name: string) => `oc2:${year.endYear}:${name}`;
  const candidates: FactCandidate[] = [];
  if (cells.SDQ_SCORE || cells.SDQ_REASON) {
    candidates.push({
      ...base, key: item('sdq'), columns: { score: 'SDQ_SCORE', reasonNotCompleted: 'SDQ_REASON' },
      fact: { type: 'SdqRecorded', occurredAt: on, payload: cells.SDQ_SCORE ? { score: Number(cells.SDQ_SCORE) } : { reasonNotCompleted: cells.SDQ_REASON } },
    });
  }
  for (const [column, check] of Object.entries(CHECKS) as [keyof typeof CHECKS, string][]) {
    candidates.push({ ...base, key: item(column), columns: { check: column }, fact: flags[column] ? { type: 'HealthCheckCompleted', occurredAt: on, payload: { check } } : null });
  }
  // For a child under 5 at 31 March the return's 1 says both six-monthly assessments were done: the second is dated
  // the half-year before (OC2 HEALTH_ASSESSMENT, return/oc2.sql).
  if (flags.HEALTH_ASSESSMENT && (cells.DOB ?? '') > `${year.endYear - 5}-03-31`) {
    candidates.push({ ...base, key: item('HEALTH_ASSESSMENT:first_half'), columns: { check: 'HEALTH_ASSESSMENT' }, fact: { type: 'HealthCheckCompleted', occurredAt: `${year.endYear - 1}-09-30`, payload: { check: 'health_assessment' } } });
  }
  if (flags.IMMUNISATIONS !== undefined) {
    candidates.push({ ...base, key: item('IMMUNISATIONS'), columns: { upToDate: 'IMMUNISATIONS' }, fact: { type: 'ImmunisationsReviewed', occurredAt: on, payload: { upToDate: flags.IMMUNISATIONS } } });
  }
  candidates.push({ ...base, key: item('CONVICTED'), columns: { outcome: 'CONVICTED' }, fact: flags.CONVICTED ? { type: 'OffenceRecorded', occurredAt: on, payload: { outcome: 'conviction' } } : null });
  candidates.push({
    ...base, key: item('SUBSTANCE_MISUSE'), columns: { interventionReceived: 'INTERVENTION_RECEIVED', interventionOfferedButRefused: 'INTERVENTION_OFFERED' },
    fact: flags.SUBSTANCE_MISUSE
      ? { type: 'SubstanceMisuseIdentified', occurredAt: on, payload: flags.INTERVENTION_RECEIVED ? { interventionReceived: true } : { interventionReceived: false, interventionOfferedButRefused: flags.INTERVENTION_OFFERED ?? false } }
      : null,
  });
  return candidates;
});
