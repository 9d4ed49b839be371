import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Option } from 'commander';
import { createLogger, type CalendarDate } from '@careledger/runtime';
import type { SeriesGrain } from '@careledger/measures';
import { computeMeasureFigures, measureFiguresCsv, type KnownOnInstant, type MeasureFiguresDocument } from '@careledger/returns';
import type { CollectionYear } from '@careledger/ssda903';
import { loadFigurePresentation, loadPopulation, openReturnsStore } from '../composition';
import { asAtOption, asKnownOnOption, configFrom, laOption, populationOption, storageOptions, yearOption, type StorageFlags } from '../flags';
import { assertInputFile, assertInputFolder, loadPopulationFile } from '../inputFiles';
import { assertCareledgerData } from '../preflight';
import { defineCommand } from './command';
import { figuresFrom903 } from './figuresFrom903';
import { returnDates } from './pipeline';

interface FiguresFlags extends StorageFlags {
  readonly from903?: string;
  readonly la: string;
  readonly year?: CollectionYear;
  readonly population?: string;
  readonly period?: SeriesGrain;
  readonly format: 'json' | 'csv';
  readonly asAt?: CalendarDate;
  readonly asKnownOn?: KnownOnInstant;
  readonly out?: string;
  readonly targets?: string;
  readonly published?: string[];
  readonly suppress: boolean;
  readonly postcodeLookup?: string;
  readonly ofsted?: string;
}

async function catalogueFigures(flags: FiguresFlags): Promise<MeasureFiguresDocument> {
  const config = configFrom(flags);
  assertCareledgerData(config, 'projections');
  const { asAt, asKnownOn } = returnDates(flags);
  const population = await loadPopulation(flags.population ?? config.populationFile);
  const year = flags.year!;
  const presentation = await loadFigurePresentation(config, {
    ...(flags.targets ? { targetsFile: flags.targets } : {}), ...(flags.published ? { publishedFiles: flags.published } : {}),
    ...(flags.suppress === false ? { suppress: false } : {}),
    ...(flags.postcodeLookup ? { postcodeLookupFile: flags.postcodeLookup } : {}), ...(flags.ofsted ? { ofstedJudgementsFile: flags.ofsted } : {}),
  });
  const scope = { ...presentation, laCode: flags.la, year, asAt: asAt < year.end ? asAt : year.end, ...(flags.period ? { grains: [flags.period] } : {}), ...(population ? { population } : {}) };
  const store = await openReturnsStore(config, createLogger('careledger-figures'));
  try {
    if (!asKnownOn) return await computeMeasureFigures(store, scope);
    const known = await store.asKnownOn(flags.la, asKnownOn);
    try {
      return { ...(await computeMeasureFigures(known, scope)), asKnownOn };
    } finally {
      known.close();
    }
  } finally {
    store.close();
  }
}

export const figuresCommand = defineCommand<FiguresFlags>({
  name: 'figures',
  description: 'every measure of the catalogue for an LA and collection year from the projections (--data), month by month, by quarter and for the year; or the headline figures of a folder of 903 CSVs (--from-903)',
  options: () => [
    new Option('--from-903 <dir>', 'a folder of 903 CSVs (header.csv, episodes.csv, ...) as any case system exports them: the headline figures from it'),
    laOption().makeOptionMandatory(), yearOption().makeOptionMandatory(),
    new Option('--period <grain>', 'only this grain: month, quarter or year (default all three)').choices(['month', 'quarter', 'year']),
    new Option('--format <format>', 'json (default) or csv').choices(['json', 'csv']).default('json'),
    asAtOption('the date the data stands at (default today in London, or the year end if earlier): later periods are left out, the year is to date'),
    asKnownOnOption(), new Option('--out <file>', 'write to this file instead of standard output'),
    new Option('--targets <file>', "the council's targets and tolerances per measure (JSON; default the configuration's measures.targetsFile)"),
    new Option('--published <files...>', 'DfE tables downloaded from explore-education-statistics, replacing the shipped ones they match'),
    new Option('--postcode-lookup <file>', 'a postcode lookup CSV in the ONS Postcode Directory shape (pcds, lat, long, oslaua): placement LA and distance from home'),
    new Option('--ofsted <file>', 'Ofsted provider judgements (CSV by URN): placements with good or outstanding providers'),
    new Option('--no-suppress', 'show counts of 1 to 5 and what is derived from them (internal use only: DfE suppresses them in anything published)'),
    populationOption(), ...storageOptions(),
  ],
  async action(flags, _args, io) {
    if (flags.population) await assertInputFile(flags.population, 'population file');
    let text: string;
    if (flags.from903) {
      await assertInputFolder(flags.from903, '903 folder');
      const population = await loadPopulationFile(flags.population);
      const figures = await figuresFrom903(flags.from903, flags.la, flags.year!, population);
      text = JSON.stringify({ laCode: flags.la, collectionYear: flags.year!.label, figures }, null, 2);
    } else {
      const document = await catalogueFigures(flags);
      text = flags.format === 'csv' ? measureFiguresCsv(document).replace(/\n$/, '') : JSON.stringify(document, null, 2);
    }
    if (!flags.out) {
      io.out(text);
      return 0;
    }
    await mkdir(dirname(flags.out), { recursive: true });
    await writeFile(flags.out, `${text}\n`);
    io.out(`wrote ${flags.out}`);
    return 0;
  },
});
