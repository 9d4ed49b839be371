import { Option } from 'commander';
import { createLogger } from '@careledger/runtime';
import type { Period } from '@careledger/measures';
import { measureReport, type KnownOnInstant } from '@careledger/returns';
import { openReturnsStore, loadPopulation } from '../composition';
import { asKnownOnOption, configFrom, laOption, populationOption, storageOptions, type StorageFlags } from '../flags';
import { assertCareledgerData } from '../preflight';
import { measureNamed, periodOption, pseudonymised, pseudonymiseOption } from '../measureFlags';
import { figureText, listText, type ListFormat } from '../measureText';
import { defineCommand } from './command';

interface ExplainFlags extends StorageFlags {
  readonly la: string;
  readonly period: Period;
  readonly format: ListFormat;
  readonly pseudonymise?: boolean;
  readonly asKnownOn?: KnownOnInstant;
  readonly population?: string;
}

export const explainCommand = defineCommand<ExplainFlags>({
  name: 'explain',
  description: 'list the children behind a measure\'s figure: whether each is in the numerator and the denominator, and the dates and codes that put them there',
  arguments: '<measureId>',
  options: () => [
    laOption().makeOptionMandatory(), periodOption().makeOptionMandatory(),
    new Option('--format <format>', 'table (default), csv or json').choices(['table', 'csv', 'json']).default('table'),
    pseudonymiseOption(), asKnownOnOption(), populationOption(), ...storageOptions(),
  ],
  async action(flags, args, io) {
    const measure = measureNamed(args[0]);
    const config = configFrom(flags);
    assertCareledgerData(config, 'projections');
    const population = await loadPopulation(flags.population ?? config.populationFile);
    const store = await openReturnsStore(config, createLogger('careledger-explain'));
    let result;
    try {
      result = await measureReport(store, measure, {
        laCode: flags.la, period: flags.period, ...(population ? { population } : {}), ...(flags.asKnownOn ? { asKnownOn: flags.asKnownOn } : {}),
      });
    } finally {
      store.close();
    }
    const rows = flags.pseudonymise ? await pseudonymised(config, flags.la, result.children) : result.children;
    if (flags.format === 'json') {
      const { children: _children, ...figure } = result;
      io.out(JSON.stringify({
        laCode: flags.la, measure: { id: measure.id, title: measure.title, definition: measure.definition, source: measure.source, unit: measure.unit, counts: measure.counts },
        ...(flags.asKnownOn ? { asKnownOn: flags.asKnownOn } : {}), pseudonymised: flags.pseudonymise ?? false, ...figure, children: rows,
      }, null, 2));
      return 0;
    }
    if (flags.format === 'table') {
      io.out(`${measure.title} (${measure.id}), LA ${flags.la}, ${result.period.label}${flags.asKnownOn ? `, as known on ${flags.asKnownOn}` : ''}: ${figureText(result, measure.unit)}`);
      io.out(`  ${measure.definition}`);
      io.out('');
    }
    io.out(listText(measure, rows, flags.format).replace(/\n$/, ''));
    return 0;
  },
});
