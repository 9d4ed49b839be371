import { lstat, mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Option } from 'commander';
import { InvalidInputError, createLogger, type CalendarDate } from '@careledger/runtime';
import type { KnownOnInstant } from '@careledger/returns';
import { TABLES, tablesInYear, toXml, write903Folder, type CollectionYear } from '@careledger/ssda903';
import { asAtOption, asKnownOnOption, configFrom, laOption, outOption, storageOptions, yearOption, type StorageFlags } from '../flags';
import { assertCareledgerData, assertServices } from '../preflight';
import { defineCommand } from './command';
import { annualReturn, returnDates } from './pipeline';

type Export903Format = 'csv' | 'xml';

interface Export903Flags extends StorageFlags {
  readonly la: string;
  readonly year: CollectionYear;
  readonly asAt?: CalendarDate;
  readonly asKnownOn?: KnownOnInstant;
  readonly format: Export903Format;
  readonly out: string;
  readonly force?: boolean;
}

/** What is at `path` now: nothing, a folder or something else (a file). */
async function whatIsAt(path: string): Promise<'nothing' | 'folder' | 'file'> {
  try {
    return (await lstat(path)).isDirectory() ? 'folder' : 'file';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'nothing';
    throw new InvalidInputError('cli.export903.out_unreadable', `cannot look at --out ${path}: ${(error as Error).message}`, { out: path }, { cause: error });
  }
}

/**
 * Checked before the return is computed, so a wrong --out costs nothing: a CSV return is a folder, an XML return one
 * file, and what is there already is kept unless --force says to replace it.
 */
async function assertOutWritable(out: string, format: Export903Format, force: boolean): Promise<void> {
  const existing = await whatIsAt(out);
  if (existing === 'nothing') return;
  const wanted = format === 'csv' ? 'folder' : 'file';
  if (existing !== wanted) {
    throw new InvalidInputError('cli.export903.out_wrong_kind', `--out ${out} is a ${existing}, but --format ${format} writes a ${wanted}: choose another --out`, { out, format, existing });
  }
  if (!force) {
    throw new InvalidInputError('cli.export903.out_exists', `--out ${out} already exists: choose another --out, or add --force to replace ${format === 'csv' ? 'the 903 files in it' : 'it'}`, { out, format });
  }
}

export const export903Command = defineCommand<Export903Flags>({
  name: 'export903',
  description: 'write one LA\'s SSDA903 return for a collection year as the DfE files: a folder of CSVs or one XML file',
  options: () => [
    laOption().makeOptionMandatory(), yearOption().makeOptionMandatory(), asAtOption(), asKnownOnOption(),
    new Option('--format <format>', 'csv: one DfE CSV per table in folder --out; xml: the DfE XML return as file --out').choices(['csv', 'xml']).makeOptionMandatory(),
    outOption('the folder (csv) or file (xml) to write; refused if it exists, unless --force').makeOptionMandatory(),
    new Option('--force', 'replace what is at --out'),
    ...storageOptions(),
  ],
  async action(flags, _args, io) {
    const dates = returnDates(flags);
    await assertOutWritable(flags.out, flags.format, flags.force ?? false);
    const config = configFrom(flags);
    assertCareledgerData(config, 'projections');
    await assertServices(config);
    const { annual, unprojected } = await annualReturn(config, createLogger('careledger-export903'), {
      laCode: flags.la, year: flags.year.label, ...dates, countUnprojected: true,
    });
    if (unprojected) {
      io.warn(`careledger: warning: ${unprojected} event${unprojected === 1 ? ' is' : 's are'} in the log but not yet projected, so this return leaves ${unprojected === 1 ? 'it' : 'them'} out: run \`careledger project${flags.data ? ` --data ${flags.data}` : ''}\` first`);
    }
    if (flags.format === 'csv') {
      await write903Folder(flags.out, annual.tables, annual.year);
    } else {
      // Rendered before anything is written, so a return the XML cannot hold leaves no half-written file.
      const xml = toXml(annual.tables, annual.year);
      await mkdir(dirname(flags.out), { recursive: true });
      await writeFile(flags.out, xml);
    }
    const counts = tablesInYear(annual.year).map((table) => `${annual.tables[table].length} ${TABLES[table].rowsAre}`).join(', ');
    io.out(`wrote ${flags.out}: LA ${annual.laCode}'s 903 return for ${annual.year.label} as at ${annual.asAt}${annual.asKnownOn ? `, as known on ${annual.asKnownOn}` : ''} (${counts})`);
    return 0;
  },
});
