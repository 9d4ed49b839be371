import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { InvalidInputError, NotFoundError } from '@careledger/runtime';
import type { Measure } from '../catalogue/defineMeasure';

/**
 * A council's target for one measure, in the measure's own unit (percentage points for a percent, days for days):
 * - `target` (high-is-good or low-is-good measures): the least good value that meets it;
 * - `tolerance`: the width of the amber band beyond the target (or beyond either end of the range);
 * - `range` (neutral measures, e.g. Cheshire East's 380-430 children in care): green inside, both ends included;
 * - `broadlySameWithin`: replaces the default "broadly the same" threshold of direction of travel;
 * - `basis`: where the target comes from ("national threshold", "local: the service's good/outstanding level").
 */
export interface MeasureTarget {
  readonly measureId: string;
  readonly target?: number;
  readonly tolerance?: number;
  readonly range?: { readonly low: number; readonly high: number };
  readonly broadlySameWithin?: number;
  readonly basis?: string;
}

export type CouncilTargets = ReadonlyMap<string, MeasureTarget>;

/** What target validation needs to know of each measure: passed in, so the list is the caller's registry. */
export type TargetedMeasure = Pick<Measure, 'id' | 'polarity' | 'unit'>;

const FIELDS = ['target', 'tolerance', 'range', 'broadlySameWithin', 'basis'] as const;

const number = (what: string) => z.number({ error: `must be a number (${what})` }).finite();

const targetSchema = z.object({
  target: number('the value that meets the target').optional(),
  tolerance: number('the width of the amber band').min(0, 'must be 0 or more (the width of the amber band)').optional(),
  range: z.object({ low: number('the low end of the range'), high: number('the high end of the range') }, { error: 'must be { "low": number, "high": number }' }).strict().optional(),
  broadlySameWithin: number('the largest change that is broadly the same').min(0, 'must be 0 or more').optional(),
  basis: z.string({ error: 'must be text' }).min(1, 'must not be empty').optional(),
}, { error: 'must be an object with target or range (and optionally tolerance, broadlySameWithin, basis)' }).strict();

const fileSchema = z.object({
  targets: z.record(z.string(), z.unknown(), { error: 'must be an object: measure id -> target' }),
}, { error: 'must be an object { "targets": { "<measure id>": { ... } } }' }).strict();

export interface TargetIssue {
  readonly measureId: string | null;
  readonly field: string | null;
  readonly reason: string;
}

function zodIssues(error: z.ZodError, measureId: string | null): TargetIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      const where = path.length === 0 ? (measureId === null ? 'the file' : 'the target') : path.join('.');
      return { measureId, field: path.length === 0 ? issue.keys.join(', ') : path.join('.'), reason: `${where} has unknown field(s) ${issue.keys.join(', ')}${measureId === null ? ' (the file holds "targets")' : ` (a target has ${FIELDS.join(', ')})`}` };
    }
    return { measureId, field: path.length === 0 ? null : path.join('.'), reason: issue.message };
  });
}

/** The checks that need the measure: which kind of target its polarity takes, and what its unit allows. */
function meaningIssues(measure: TargetedMeasure, target: MeasureTarget): TargetIssue[] {
  const issues: TargetIssue[] = [];
  const add = (field: string | null, reason: string) => issues.push({ measureId: measure.id, field, reason });
  if (target.target === undefined && target.range === undefined) add(null, 'give a target (or, for a neutral measure, a range)');
  if (measure.polarity === 'neutral' && target.target !== undefined) {
    add('target', 'the measure is neutral (neither high nor low is better): give a range, green inside it');
  }
  if (measure.polarity !== 'neutral' && target.range !== undefined) {
    add('range', `the measure is ${measure.polarity === 'highIsGood' ? 'high' : 'low'} is good: give a target (the least good value that meets it), not a range`);
  }
  if (target.range && target.range.low > target.range.high) add('range', `low ${target.range.low} is above high ${target.range.high}`);
  const values: [string, number | undefined][] = [['target', target.target], ['range.low', target.range?.low], ['range.high', target.range?.high]];
  for (const [field, value] of values) {
    if (value === undefined) continue;
    if (value < 0) add(field, `${value} is below 0: the measure is never negative`);
    if (measure.unit === 'percent' && value > 100) add(field, `${value} is above 100 for a percentage`);
  }
  return issues;
}

function describe(issue: TargetIssue): string {
  const where = [issue.measureId, issue.field].filter((p) => p !== null).join('.');
  return where === '' ? issue.reason : `${where}: ${issue.reason}`;
}

/**
 * A council's targets file (JSON: `{ "targets": { "<measure id>": { "target": 20, "tolerance": 2 }, "cla_at_date":
 * { "range": { "low": 380, "high": 430 } } } }`), validated against the measures given (normally the registry's):
 * an unknown measure id is refused with the list of known ones, and every issue names the measure id and field.
 */
export function parseTargets(text: string, file: string, measures: readonly TargetedMeasure[]): CouncilTargets {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new InvalidInputError('targets.not_json', `targets file ${file} is not JSON: ${(error as Error).message}`, { file }, { cause: error });
  }
  const fail = (issues: readonly TargetIssue[]) => new InvalidInputError(
    'targets.invalid',
    [`targets file ${file}: ${issues.length === 1 ? '1 issue' : `${issues.length} issues`}:`, ...issues.map((i) => `  ${describe(i)}`)].join('\n'),
    { file, issues },
  );
  const parsedFile = fileSchema.safeParse(json);
  if (!parsedFile.success) throw fail(zodIssues(parsedFile.error, null));

  const byId = new Map(measures.map((m) => [m.id, m]));
  const known = [...byId.keys()].sort();
  const issues: TargetIssue[] = [];
  const targets = new Map<string, MeasureTarget>();
  for (const [measureId, raw] of Object.entries(parsedFile.data.targets)) {
    const measure = byId.get(measureId);
    if (!measure) {
      issues.push({ measureId, field: null, reason: `not a measure of the catalogue; the known measures are ${known.join(', ')}` });
      continue;
    }
    const parsed = targetSchema.safeParse(raw);
    if (!parsed.success) {
      issues.push(...zodIssues(parsed.error, measureId));
      continue;
    }
    const target: MeasureTarget = { measureId, ...Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== undefined)) };
    const wrong = meaningIssues(measure, target);
    if (wrong.length > 0) issues.push(...wrong);
    else targets.set(measureId, target);
  }
  if (issues.length > 0) throw fail(issues);
  return targets;
}

/** Reads and validates a council's targets file. */
export async function readTargetsFile(path: string, measures: readonly TargetedMeasure[]): Promise<CouncilTargets> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new NotFoundError('targets.not_found', `targets file ${path} does not exist`, { file: path });
    throw new InvalidInputError('targets.unreadable', `targets file ${path} cannot be read: ${(error as Error).message}`, { file: path }, { cause: error });
  }
  return parseTargets(text, path, measures);
}
