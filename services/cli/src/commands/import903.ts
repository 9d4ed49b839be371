import { join } from 'node:path';
import { EXIT_CODE, createLogger, type CareledgerConfig, type Logger } from '@careledger/runtime';
import { IngestService } from '@careledger/ingest';
import { WaitingInFiles, importReturn, readCsvFolder, readXmlFile, type ImportReport, type Ssda903Reader } from '@careledger/import903';
import type { CollectionYear } from '@careledger/ssda903';
import { configFrom, laOption, storageOptions, yearOption, type StorageFlags } from '../flags';
import { assertInputFile, assertInputFolder } from '../inputFiles';
import { assertServices } from '../preflight';
import { defineCommand } from './command';
import { ingestIndexPath, openDeadLetters, openEventLog } from '../composition';

interface Import903Flags extends StorageFlags {
  readonly la: string;
  readonly year: CollectionYear;
}

/** The readers a return can come in through, by the path's shape: the DfE's XML file, or a folder of 903 CSVs. */
const READERS: readonly { readonly what: string; readonly matches: (path: string) => boolean; readonly read: Ssda903Reader }[] = [
  { what: '903 XML file', matches: (path) => /\.xml$/i.test(path), read: readXmlFile },
  { what: '903 folder', matches: () => true, read: readCsvFolder },
];

async function importFolder(config: CareledgerConfig, path: string, options: { laCode: string; year: CollectionYear }, logger: Logger): Promise<ImportReport> {
  const reader = READERS.find((r) => r.matches(path))!;
  if (reader.read === readCsvFolder) await assertInputFolder(path, reader.what);
  else await assertInputFile(path, reader.what);
  // Read in full before the log is opened: a return that cannot be read leaves the log untouched.
  const input = await reader.read(path, options.year);
  const log = await openEventLog(config, logger);
  const deadLetters = await openDeadLetters(config);
  try {
    const ingest = await IngestService.open(log, deadLetters, logger, { indexPath: ingestIndexPath(config) });
    try {
      // Row refusals go through ingest, which keeps each once in any dead-letter store (Kafka's too).
      return await importReturn(input, options, {
        log, ingest, deadLetters: { put: (records, context) => ingest.keepRefusals(records, context) },
        waiting: new WaitingInFiles(join(config.dataDir, 'import903')),
      });
    } finally {
      await ingest.close();
    }
  } finally {
    await deadLetters.close?.();
    await log.close();
  }
}

const SHOWN = 50;

export function printImportReport(report: ImportReport, out: (line: string) => void): void {
  out(`LA ${report.laCode}, ${report.year.label} return (${report.source}): ${report.rows} rows, ${report.facts} facts: ${report.appended} appended, ${report.unchanged} already imported, ${report.replaced} replaced and ${report.retracted} withdrawn by this later return, ${report.refused.length} refused`);
  if (report.contradictions.length > 0) out(`${report.contradictions.length} contradiction${report.contradictions.length === 1 ? '' : 's'} between returns (the later return stands):`);
  for (const c of report.contradictions.slice(0, SHOWN)) {
    out(`  child ${c.childId} ${c.fact} ${c.field}: ${c.earlier.year} return '${c.earlier.value}', ${c.later.year} return '${c.later.value}' (${c.resolution === 'kept' ? `the ${c.later.year} version is kept` : `${c.resolution} from ${c.file} line ${c.line}`})`);
  }
  if (report.contradictions.length > SHOWN) out(`  ... and ${report.contradictions.length - SHOWN} more`);
  if (report.released > 0) out(`${report.released} fact${report.released === 1 ? '' : 's'} of later returns, waiting for this one, now recorded`);
  if (report.waiting > 0) out(`${report.waiting} fact${report.waiting === 1 ? '' : 's'} of this LA's returns wait for an earlier return (their period of care is in a year not imported yet): they are recorded when it is`);
  for (const r of report.refused.slice(0, SHOWN)) out(`  ${r.file} line ${r.line}: ${r.column}: ${r.reason}`);
  if (report.refused.length > SHOWN) out(`  ... and ${report.refused.length - SHOWN} more (see the dead-letter store)`);
}

export const import903Command = defineCommand<Import903Flags>({
  name: 'import903',
  description: 'import one year\'s SSDA903 return (a folder of 903 CSVs or the DfE XML file) as case events: re-importing changes nothing, years stitch into one history, the later return wins where two contradict (refused rows go to the dead-letter store and the exit code is 2)',
  arguments: '<input>',
  options: () => [laOption().makeOptionMandatory(), yearOption().makeOptionMandatory(), ...storageOptions()],
  async action(flags, [path], io) {
    const config = configFrom(flags);
    await assertServices(config);
    const report = await importFolder(config, path!, { laCode: flags.la, year: flags.year }, createLogger('careledger-import903'));
    printImportReport(report, io.out);
    return report.refused.length > 0 ? EXIT_CODE.invalid : 0;
  },
});
