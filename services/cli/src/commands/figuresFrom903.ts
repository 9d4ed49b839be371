import {
  continuesOnDec, describeIssue, read903Folder, unreadableError, type CollectionYear, type ReadIssue, type Ssda903Reading,
} from '@careledger/ssda903';
import { HEADLINE_FIGURE_COLUMNS, headlineFigures, type Figure, type PopulationEstimate } from '@careledger/measures';

/**
 * The episodes that break DfE rule 148 (DEC and REC coded together), each with the reading the figures gave it (see
 * ceasedInYear): a figure resting on a reading the file did not state must say so.
 */
function unpairedDecAndRec(reading: Ssda903Reading): ReadIssue[] {
  const continued = continuesOnDec(reading.tables.episodes);
  return reading.tables.episodes.flatMap((episode, i): ReadIssue[] => {
    const { file, line } = reading.origins.episodes[i]!;
    if (episode.DEC !== '' && episode.REC === '') {
      const readAs = continued(episode)
        ? `another episode of child ${episode.CHILD} starts that day, so it is read as a change of episode (X1), not a cease`
        : `no episode of child ${episode.CHILD} starts that day, so it is read as leaving care then, reason not recorded`;
      return [{ file, line, column: 'REC', value: '', reason: `is blank though DEC is ${episode.DEC} (DfE rule 148): ${readAs}`, severity: 'notice' }];
    }
    if (episode.DEC === '' && episode.REC !== '') {
      return [{ file, line, column: 'DEC', value: '', reason: `is blank though REC is ${episode.REC} (DfE rule 148): the episode is read as open`, severity: 'notice' }];
    }
    return [];
  });
}

/**
 * `careledger figures --from-903 DIR`: the headline figures of a 903 folder any case system exported. Refused (as
 * invalid input, naming every cell) when anything the figures read cannot be read; otherwise each notice (a column
 * they do not read that is absent, a skipped blank row, a rule 148 reading) is said through `notify`.
 */
export async function figuresFrom903(
  dir: string, laCode: string, year: CollectionYear, population?: readonly PopulationEstimate[],
  notify: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): Promise<Figure[]> {
  const reading = await read903Folder(dir, year, { needed: HEADLINE_FIGURE_COLUMNS });
  if (reading.issues.some((i) => i.severity === 'error')) throw unreadableError(dir, reading.issues);
  for (const notice of [...reading.issues, ...unpairedDecAndRec(reading)]) notify(`notice: ${describeIssue(notice)}`);
  return headlineFigures({ laCode, year, tables: reading.tables, ...(population ? { population } : {}) });
}
