import { Option } from 'commander';
import { createLogger } from '@careledger/runtime';
import type { ChildChange, MeasureChange, Period } from '@careledger/measures';
import { measureChange, type KnownOnInstant } from '@careledger/returns';
import { loadPopulation, openReturnsStore } from '../composition';
import { configFrom, laOption, parseKnownOn, populationOption, storageOptions, type StorageFlags } from '../flags';
import { assertCareledgerData } from '../preflight';
import { measureNamed, periodOption, pseudonymKeyPath } from '../measureFlags';
import { figureText, textTable } from '../measureText';
import { pseudonymFor, pseudonymKey } from '@careledger/runtime';
import { defineCommand } from './command';

interface DiffFlags extends StorageFlags {
  readonly la: string;
  readonly period: Period;
  readonly asKnownOn: KnownOnInstant[];
  readonly format: 'table' | 'json';
  readonly pseudonymise?: boolean;
  readonly population?: string;
}

const CHANGE_TEXT: Record<string, string> = {
  added: 'now counted', removed: 'no longer counted', enteredNumerator: 'into the numerator', leftNumerator: 'out of the numerator',
  enteredDenominator: 'into the denominator', leftDenominator: 'out of the denominator', detailsChanged: 'details changed',
};
const CAUSE_TEXT: Record<string, string> = { correction: 'correction', lateRecorded: 'recorded late', newActivity: 'new activity' };

function eventsText(change: ChildChange): string {
  if (change.events.length === 0) return 'no event recorded between the reports for this child';
  return change.events.map((e) => `${CAUSE_TEXT[e.cause]}: ${e.type} of ${e.occurredOn} recorded ${e.recordedAt}${e.corrected ? ` (corrects ${e.corrected.type} of ${e.corrected.occurredOn}${e.corrected.reason ? `: ${e.corrected.reason}` : ''})` : ''}`).join('; ');
}

export const diffCommand = defineCommand<DiffFlags>({
  name: 'diff',
  description: 'explain why a measure\'s figure changed between two reports: the children whose rows differ as known on two instants, and the events recorded between them (late records, corrections, new activity)',
  arguments: '<measureId>',
  options: () => [
    laOption().makeOptionMandatory(), periodOption().makeOptionMandatory(),
    new Option('--as-known-on <instants...>', 'the two reports: what had been recorded by each instant (a date is the end of that day in London)')
      .argParser((text: string, previous: KnownOnInstant[] | undefined) => [...(previous ?? []), parseKnownOn('--as-known-on')(text)]).makeOptionMandatory(),
    new Option('--format <format>', 'table (default) or json').choices(['table', 'json']).default('table'),
    new Option('--pseudonymise', 'show each child as a pseudonym (stable in this data folder) instead of their id'),
    populationOption(), ...storageOptions(),
  ],
  async action(flags, args, io) {
    const measure = measureNamed(args[0]);
    if (flags.asKnownOn.length !== 2) io.usageError(`--as-known-on takes the two reports' instants, earlier first (got ${flags.asKnownOn.length})`);
    const [knownFrom, knownTo] = flags.asKnownOn as [KnownOnInstant, KnownOnInstant];
    const config = configFrom(flags);
    assertCareledgerData(config, 'projections');
    const population = await loadPopulation(flags.population ?? config.populationFile);
    const store = await openReturnsStore(config, createLogger('careledger-diff'));
    let change: MeasureChange;
    try {
      change = await measureChange(store, measure, { laCode: flags.la, period: flags.period, knownFrom, knownTo, ...(population ? { population } : {}) });
    } finally {
      store.close();
    }
    if (flags.pseudonymise) {
      const key = await pseudonymKey(pseudonymKeyPath(config));
      change = { ...change, children: change.children.map((c) => ({ ...c, childId: pseudonymFor(key, flags.la, c.childId), ...(c.recordId ? { recordId: '(pseudonymised)' } : {}) })) };
    }
    if (flags.format === 'json') {
      io.out(JSON.stringify({ laCode: flags.la, ...change }, null, 2));
      return 0;
    }
    io.out(`${measure.title} (${measure.id}), LA ${flags.la}, ${change.period}`);
    io.out(`  as known on ${change.before.asKnownOn}: ${figureText(change.before, measure.unit)}`);
    io.out(`  as known on ${change.after.asKnownOn}: ${figureText(change.after, measure.unit)}`);
    io.out(`  ${change.children.length} ${measure.counts === 'children' ? 'children' : 'records'} changed: ${change.causes.correction} by corrections, ${change.causes.lateRecorded} by late records, ${change.causes.newActivity} by new activity`);
    if (change.children.length === 0) return 0;
    io.out('');
    const rows = change.children.map((c) => ({ child: c.childId, ...(c.recordId ? { record: c.recordId } : {}), change: c.changes.map((x) => CHANGE_TEXT[x]).join(', '), why: eventsText(c) }));
    io.out(textTable(['child', ...(measure.counts === 'children' ? [] : ['record']), 'change', 'why'], rows).join('\n'));
    return 0;
  },
});
