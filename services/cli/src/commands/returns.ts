import { createLogger, type CalendarDate } from '@careledger/runtime';
import type { CollectionYear } from '@careledger/ssda903';
import type { KnownOnInstant } from '@careledger/returns';
import { asAtOption, asKnownOnOption, configFrom, laOption, outOption, populationOption, storageOptions, yearOption, type StorageFlags } from '../flags';
import { assertInputFile } from '../inputFiles';
import { assertCareledgerData, assertServices } from '../preflight';
import { defineCommand } from './command';
import { annualReturn, returnDates, summariseFigures } from './pipeline';

interface ReturnsFlags extends StorageFlags {
  readonly la: string;
  readonly year?: CollectionYear;
  readonly asAt?: CalendarDate;
  readonly asKnownOn?: KnownOnInstant;
  readonly out?: string;
}

export const returnsCommand = defineCommand<ReturnsFlags>({
  name: 'returns',
  description: 'compute one LA\'s SSDA903 return and headline figures for a collection year from the projections (and write them with --out)',
  options: () => [
    laOption().makeOptionMandatory(), yearOption(), asAtOption(), asKnownOnOption(), outOption('write DIR/returns/<YYYY>/ssda903/*.csv, ssda903.xml, figures.json, issues.json, measures.json and measures.csv'),
    populationOption(), ...storageOptions(),
  ],
  async action(flags, _args, io) {
    const dates = returnDates(flags);
    const config = configFrom(flags);
    if (config.populationFile) await assertInputFile(config.populationFile, 'population file');
    assertCareledgerData(config, 'projections');
    await assertServices(config);
    const { annual, yearDir, unprojected } = await annualReturn(config, createLogger('careledger-returns'), {
      laCode: flags.la, countUnprojected: true,
      ...(flags.year ? { year: flags.year.label } : {}),
      ...dates,
      ...(flags.out ? { outDir: flags.out, withMeasures: true } : {}),
    });
    if (unprojected) {
      io.warn(`careledger: warning: ${unprojected} event${unprojected === 1 ? ' is' : 's are'} in the log but not yet projected, so this return leaves ${unprojected === 1 ? 'it' : 'them'} out: run \`careledger project${flags.data ? ` --data ${flags.data}` : ''}\` first`);
    }
    summariseFigures(annual, io.out);
    if (yearDir) io.out(`wrote ${yearDir}`);
    return 0;
  },
});
