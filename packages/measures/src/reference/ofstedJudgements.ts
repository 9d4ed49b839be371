import { existsSync, readFileSync } from 'node:fs';
import { InvalidInputError, isCalendarDate, parseDdMmYyyy, type CalendarDate } from '@careledger/runtime';
import { parseCsv } from '@careledger/ssda903';

/** Ofsted's overall judgements, as the provider judgement measure reads them. */
export const OFSTED_JUDGEMENTS = ['Outstanding', 'Good', 'Requires improvement to be good', 'Inadequate'] as const;
export type OfstedJudgement = (typeof OFSTED_JUDGEMENTS)[number];

/** One inspection of one provider: its URN, the overall judgement and the date of the inspection. */
export interface ProviderJudgement {
  readonly urn: string;
  readonly judgement: OfstedJudgement;
  readonly inspectedOn: CalendarDate;
  /** The file line, which orders two inspections of one provider on one day (the later line wins). */
  readonly line: number;
}

/**
 * The columns, by careledger's names or the headings of Ofsted's downloads ("Management information - children's
 * social care providers" and the official statistics' provider-level inspection outcomes), matched ignoring case.
 */
const COLUMNS = {
  urn: ['urn', 'unique reference number'],
  judgement: ['judgement', 'overall effectiveness', 'overall experiences and progress of children and young people'],
  inspection_date: ['inspection_date', 'inspection date', 'date of inspection', 'latest full inspection date', 'inspection start date'],
} as const;

/**
 * Judgements in words or as Ofsted's grades 1-4. Requires improvement was "Adequate" and before that "Satisfactory":
 * the same grade 3. Grade 5 ("Not judged") and a blank are no judgement: the row is left out.
 */
function judgementOf(text: string): OfstedJudgement | null | undefined {
  const value = text.trim().toLowerCase();
  if (value === '' || value === '5' || value === 'not judged' || value === 'not yet inspected') return null;
  if (value === '1' || value === 'outstanding') return 'Outstanding';
  if (value === '2' || value === 'good') return 'Good';
  if (value === '3' || value.startsWith('requires improvement') || value === 'adequate' || value === 'satisfactory') return 'Requires improvement to be good';
  if (value === '4' || value === 'inadequate') return 'Inadequate';
  return undefined;
}

const URN = /^(?:SC)?[0-9]{6,7}$/;

function fail(file: string, line: number, field: string, reason: string): never {
  throw new InvalidInputError('reference.ofsted_judgements', `${file} line ${line}, field ${field}: ${reason}`, { file, line, field, reason });
}

/**
 * Reads the user's Ofsted provider judgement file: a CSV with a URN, an overall judgement and the inspection date
 * (YYYY-MM-DD or DD/MM/YYYY) per row, one row per inspection (a provider may have several: the measure takes the
 * latest on or before its date). Rows with no judgement (not yet inspected, not judged) are left out; any other row
 * it cannot read is refused, naming the file, line, field and reason.
 */
export function readOfstedJudgements(file: string): ProviderJudgement[] {
  if (!existsSync(file)) throw new InvalidInputError('reference.file_missing', `Ofsted provider judgement file ${file} does not exist`, { file });
  return parseOfstedJudgements(readFileSync(file, 'utf8'), file);
}

export function parseOfstedJudgements(text: string, file: string): ProviderJudgement[] {
  const { records, unclosedQuoteAt } = parseCsv(text);
  if (unclosedQuoteAt !== undefined) fail(file, unclosedQuoteAt, '(quote)', 'a quoted cell is never closed');
  const [header, ...rows] = records.filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (!header) throw new InvalidInputError('reference.ofsted_judgements_empty', `Ofsted provider judgement file ${file} is empty`, { file });
  const names = header.cells.map((c) => c.trim().toLowerCase());
  const index = Object.fromEntries(Object.entries(COLUMNS).map(([column, aliases]) => [column, names.findIndex((n) => (aliases as readonly string[]).includes(n))])) as Record<keyof typeof COLUMNS, number>;
  const missing = (Object.keys(COLUMNS) as (keyof typeof COLUMNS)[]).filter((c) => index[c] === -1);
  if (missing.length > 0) {
    throw new InvalidInputError(
      'reference.ofsted_columns',
      `${file} line ${header.line}: an Ofsted provider judgement file needs a URN, a judgement and an inspection date; no column for ${missing.map((c) => `${c} (${COLUMNS[c].join(' / ')})`).join(', ')}`,
      { file, line: header.line, missing },
    );
  }
  const judgements: ProviderJudgement[] = [];
  for (const { line, cells } of rows) {
    const cell = (column: keyof typeof COLUMNS) => (cells[index[column]] ?? '').trim();
    const judgement = judgementOf(cell('judgement'));
    if (judgement === undefined) {
      fail(file, line, names[index.judgement]!, `'${cell('judgement')}' is not an Ofsted judgement (${OFSTED_JUDGEMENTS.join(', ')}, or grades 1-4; 5 or blank for none)`);
    }
    if (judgement === null) continue;
    const urn = cell('urn').toUpperCase();
    if (!URN.test(urn)) fail(file, line, names[index.urn]!, `'${cell('urn')}' is not an Ofsted URN (SC and 6 digits, or 6 or 7 digits)`);
    const date = cell('inspection_date');
    const inspectedOn = isCalendarDate(date) ? date : parseDdMmYyyy(date);
    if (!inspectedOn) fail(file, line, names[index.inspection_date]!, `'${date}' is not an inspection date (YYYY-MM-DD or DD/MM/YYYY)`);
    judgements.push({ urn, judgement, inspectedOn, line });
  }
  return judgements;
}
