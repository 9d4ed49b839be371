import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MEASURES, parseTargets, readTargetsFile, type TargetedMeasure } from '../../src';

// The measures are an input: a registry with measures being added elsewhere is passed, never imported here.
const KNOWN: readonly TargetedMeasure[] = [
  { id: 'cla_at_date', polarity: 'neutral', unit: 'count' },
  { id: 'cla_rate_per_10000', polarity: 'neutral', unit: 'ratePer10000' },
  { id: 'ceased_adopted_percent', polarity: 'highIsGood', unit: 'percent' },
  { id: 'placements_3plus_percent', polarity: 'lowIsGood', unit: 'percent' },
];

function issuesOf(text: string, measures: readonly TargetedMeasure[] = KNOWN): { message: string; issues: { measureId: string | null; field: string | null; reason: string }[] } {
  try {
    parseTargets(text, 'targets.json', measures);
  } catch (error) {
    const e = error as { message: string; kind: string; context: { issues: never[] } };
    expect(e.kind).toBe('invalid');
    return { message: e.message, issues: e.context.issues };
  }
  throw new Error('expected a refusal');
}

describe('a council\'s targets file', () => {
  it('reads targets, tolerances and ranges per measure (Cheshire East\'s scorecard)', () => {
    const targets = parseTargets(JSON.stringify({
      targets: {
        // G1: "Target range 380-430" children in care; P2.10: adoption 20%; P2.4-like low-is-good with an amber band.
        cla_at_date: { range: { low: 380, high: 430 }, basis: 'local' },
        ceased_adopted_percent: { target: 20, tolerance: 2, basis: 'local: the service\'s good/outstanding level' },
        placements_3plus_percent: { target: 10, broadlySameWithin: 0 },
      },
    }), 'targets.json', KNOWN);
    expect([...targets.keys()]).toEqual(['cla_at_date', 'ceased_adopted_percent', 'placements_3plus_percent']);
    expect(targets.get('cla_at_date')).toEqual({ measureId: 'cla_at_date', range: { low: 380, high: 430 }, basis: 'local' });
    expect(targets.get('ceased_adopted_percent')).toEqual({ measureId: 'ceased_adopted_percent', target: 20, tolerance: 2, basis: 'local: the service\'s good/outstanding level' });
    expect(targets.get('placements_3plus_percent')).toEqual({ measureId: 'placements_3plus_percent', target: 10, broadlySameWithin: 0 });
  });

  it('accepts the whole registry as the known measures', () => {
    expect(parseTargets('{ "targets": { "cla_rate_per_10000": { "range": { "low": 50.7, "high": 57.3 } } } }', 't.json', MEASURES).get('cla_rate_per_10000')!.range).toEqual({ low: 50.7, high: 57.3 });
  });

  it('refuses an unknown measure id with the list of known ones', () => {
    const { message, issues } = issuesOf('{ "targets": { "cla_at_31_march": { "range": { "low": 1, "high": 2 } } } }');
    expect(issues).toEqual([{ measureId: 'cla_at_31_march', field: null, reason: 'not a measure of the catalogue; the known measures are ceased_adopted_percent, cla_at_date, cla_rate_per_10000, placements_3plus_percent' }]);
    expect(message).toBe('targets file targets.json: 1 issue:\n  cla_at_31_march: not a measure of the catalogue; the known measures are ceased_adopted_percent, cla_at_date, cla_rate_per_10000, placements_3plus_percent');
  });

  it('names the measure id and field of every wrong value, all at once', () => {
    const { issues } = issuesOf(JSON.stringify({
      targets: {
        ceased_adopted_percent: { target: '20%', tolerence: 2 },
        placements_3plus_percent: { target: 10, tolerance: -1 },
        cla_at_date: { range: { low: 430, high: 380 } },
      },
    }));
    expect(issues).toEqual([
      { measureId: 'ceased_adopted_percent', field: 'target', reason: 'must be a number (the value that meets the target)' },
      { measureId: 'ceased_adopted_percent', field: 'tolerence', reason: 'the target has unknown field(s) tolerence (a target has target, tolerance, range, broadlySameWithin, basis)' },
      { measureId: 'placements_3plus_percent', field: 'tolerance', reason: 'must be 0 or more (the width of the amber band)' },
      { measureId: 'cla_at_date', field: 'range', reason: 'low 430 is above high 380' },
    ]);
  });

  it('asks for the kind of target the measure\'s polarity takes, and a value its unit allows', () => {
    const { issues } = issuesOf(JSON.stringify({
      targets: {
        // Neutral: neither high nor low is better, so a single target cannot be rated.
        cla_at_date: { target: 400 },
        // High is good: a range has no meaning (above it is better still).
        ceased_adopted_percent: { range: { low: 18, high: 25 } },
        placements_3plus_percent: { target: 110 },
        cla_rate_per_10000: { tolerance: 3 },
      },
    }));
    expect(issues).toEqual([
      { measureId: 'cla_at_date', field: 'target', reason: 'the measure is neutral (neither high nor low is better): give a range, green inside it' },
      { measureId: 'ceased_adopted_percent', field: 'range', reason: 'the measure is high is good: give a target (the least good value that meets it), not a range' },
      { measureId: 'placements_3plus_percent', field: 'target', reason: '110 is above 100 for a percentage' },
      { measureId: 'cla_rate_per_10000', field: null, reason: 'give a target (or, for a neutral measure, a range)' },
    ]);
  });

  it('refuses a file that is not JSON or not shaped { "targets": { ... } }', () => {
    expect(() => parseTargets('{ targets: }', 'targets.json', KNOWN)).toThrow(/^targets file targets\.json is not JSON: /);
    expect(issuesOf('{ "target": {} }').issues).toEqual([
      { measureId: null, field: 'targets', reason: 'must be an object: measure id -> target' },
      { measureId: null, field: 'target', reason: 'the file has unknown field(s) target (the file holds "targets")' },
    ]);
  });

  it('reads the file from disk, and says when it does not exist', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'careledger-targets-'));
    try {
      writeFileSync(join(folder, 'targets.json'), '{ "targets": { "ceased_adopted_percent": { "target": 20 } } }');
      expect((await readTargetsFile(join(folder, 'targets.json'), KNOWN)).get('ceased_adopted_percent')!.target).toBe(20);
      await expect(readTargetsFile(join(folder, 'none.json'), KNOWN)).rejects.toMatchObject({ kind: 'not_found', code: 'targets.not_found' });
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
