import { isLaCode, parseCsv, type ReadIssue } from '@careledger/ssda903';
import { publishedTableError } from './publishedTable';

/** One LA's ten statistical neighbours, closest first, as DfE groups them. */
export interface NeighbourGroup {
  readonly laCode: string;
  readonly laName: string;
  /** SN1 to SN10: the neighbours' DfE three-digit codes, closest first, each with DfE's closeness label. */
  readonly neighbours: readonly { readonly laCode: string; readonly closeness: string }[];
}

export interface NeighbourGroupings {
  readonly file: string;
  /** The current groupings, by LA code. */
  readonly groups: ReadonlyMap<string, NeighbourGroup>;
  /**
   * The groupings the file keeps for councils that no longer exist (its "Old SNs" section: Dorset, Poole and
   * Bournemouth before 2019, Northamptonshire before 2021): never used for a current LA.
   */
  readonly former: ReadonlyMap<string, NeighbourGroup>;
}

const NEIGHBOUR_COLUMNS = Array.from({ length: 10 }, (_, i) => `SN${i + 1}`);

/**
 * Reads DfE's statistical neighbour groupings in the layout DfE publishes them (New_Statistical_Neighbour_Groupings_
 * April_2021: `LA num, LA Name, LA number, GOInd, GOReg, SN1, SNP, SN2, SNP, ..., SN10, SNP`, the SNP after each SN
 * being its closeness), saved as CSV. Rows after the "Old SNs:" marker are the former councils' groupings. Every
 * cell that cannot be read refuses the file, naming file, line, column, value and reason.
 */
export function readNeighbourGroupings(text: string, file: string): NeighbourGroupings {
  const { records, unclosedQuoteAt } = parseCsv(text);
  const issues: ReadIssue[] = [];
  const issue = (line: number | null, column: string | null, value: string, reason: string) => {
    issues.push({ file, line, column, value, reason, severity: 'error' });
  };
  if (unclosedQuoteAt !== undefined) issue(unclosedQuoteAt, null, '', 'a quoted cell opens here and never closes');
  const header = records.find((r) => r.cells.some((c) => c.trim() !== ''));
  const columns = header ? header.cells.map((c) => c.trim()) : [];
  const laColumn = columns.indexOf('LA num') !== -1 ? columns.indexOf('LA num') : columns.indexOf('LA number');
  const nameColumn = columns.indexOf('LA Name');
  const snColumns = NEIGHBOUR_COLUMNS.map((name) => columns.indexOf(name));
  if (!header) issue(null, null, '', 'the file is empty');
  else {
    if (laColumn === -1) issue(header.line, 'LA num', '', 'the column is missing');
    if (nameColumn === -1) issue(header.line, 'LA Name', '', 'the column is missing');
    snColumns.forEach((at, i) => at === -1 && issue(header.line, NEIGHBOUR_COLUMNS[i]!, '', 'the column is missing'));
  }
  if (issues.length > 0 || !header) throw publishedTableError(file, issues);

  const groups = new Map<string, NeighbourGroup>();
  const former = new Map<string, NeighbourGroup>();
  let inFormer = false;
  for (const { line, cells } of records.filter((r) => r.line > header.line)) {
    const cell = (at: number) => (cells[at] ?? '').trim();
    if (cells.some((c) => /^old sns:?$/i.test(c.trim()))) {
      inFormer = true;
      continue;
    }
    const laCode = cell(laColumn);
    if (laCode === '' && cells.every((c) => c.trim() === '')) continue;
    const before = issues.length;
    if (!isLaCode(laCode)) issue(line, columns[laColumn]!, laCode, 'not a DfE three-digit LA code');
    const neighbours = snColumns.map((at, i) => {
      const code = cell(at);
      if (!isLaCode(code)) issue(line, NEIGHBOUR_COLUMNS[i]!, code, 'not a DfE three-digit LA code');
      return { laCode: code, closeness: columns[at + 1] === 'SNP' ? cell(at + 1) : '' };
    });
    if (issues.length > before) continue;
    const into = inFormer ? former : groups;
    if (into.has(laCode)) {
      issue(line, columns[laColumn]!, laCode, 'the LA is listed twice: which neighbours are meant cannot be told');
      continue;
    }
    into.set(laCode, { laCode, laName: cell(nameColumn), neighbours });
  }
  if (issues.length > 0) throw publishedTableError(file, issues);
  if (groups.size === 0) throw publishedTableError(file, [{ file, line: null, column: null, value: '', reason: 'no LA has neighbours listed', severity: 'error' }]);
  return { file, groups, former };
}
