import { Option } from 'commander';
import type { CollectionYear } from '@careledger/ssda903';
import { laOption, populationOption, yearOption } from '../flags';
import { assertInputFile, assertInputFolder, loadPopulationFile } from '../inputFiles';
import { defineCommand } from './command';
import { figuresFrom903 } from './figuresFrom903';

interface FiguresFlags {
  readonly from903: string;
  readonly la: string;
  readonly year: CollectionYear;
  readonly population?: string;
}

export const figuresCommand = defineCommand<FiguresFlags>({
  name: 'figures',
  description: 'compute the headline figures from a folder of 903 CSVs (header.csv, episodes.csv, ...), as any case system exports them',
  options: () => [
    new Option('--from-903 <dir>', 'the folder of 903 CSVs').makeOptionMandatory(),
    laOption().makeOptionMandatory(), yearOption().makeOptionMandatory(), populationOption(),
  ],
  async action(flags, _args, io) {
    await assertInputFolder(flags.from903, '903 folder');
    if (flags.population) await assertInputFile(flags.population, 'population file');
    const population = await loadPopulationFile(flags.population);
    const figures = await figuresFrom903(flags.from903, flags.la, flags.year, population);
    io.out(JSON.stringify({ laCode: flags.la, collectionYear: flags.year.label, figures }, null, 2));
    return 0;
  },
});
