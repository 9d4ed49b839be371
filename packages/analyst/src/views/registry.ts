import { readdirSync, readFileSync } from 'node:fs';
import { InternalError } from '@careledger/runtime';

/**
 * How a column leaves careledger pseudonymised (`--pseudonymise`): a child's id as its keyed pseudonym, a date of
 * birth as its month, a postcode as its district, or not at all (a pupil number identifies the child outright).
 */
export type Pseudonymising = 'child' | 'birth' | 'postcode' | 'drop';
const PSEUDONYMISINGS: readonly Pseudonymising[] = ['child', 'birth', 'postcode', 'drop'];

export interface AnalystColumn {
  readonly name: string;
  readonly about: string;
  readonly pseudonymised?: Pseudonymising;
}

/**
 * One analyst view: a stable name and columns analysts' SQL can rely on, documented in the data dictionary, and the
 * SELECT over the projections that makes it for one LA ($laCode). Internal tables may change; a view's name and
 * columns change only with a note in the README.
 */
export interface AnalystView {
  readonly name: string;
  readonly about: string;
  readonly columns: readonly AnalystColumn[];
  readonly sql: string;
}

const VIEW = /^--\s*view:\s*(\S+)\s*$/;
const ABOUT = /^--\s*about:\s*(.*)$/;
const COLUMN = /^--\s*column\s+([a-z_][a-z0-9_]*)(?:\s+\[([a-z]+)\])?:\s*(.*)$/;

/** A view file: `-- view: NAME`, `-- about:` lines, one `-- column NAME [pseudonymising]: about` per column, the SELECT. */
export function parseViewFile(fileName: string, text: string): AnalystView {
  const fail = (reason: string): never => { throw new InternalError('analyst.view_file', `analyst view ${fileName}: ${reason}`, { file: fileName }); };
  const lines = text.split('\n');
  const name = VIEW.exec(lines[0] ?? '')?.[1] ?? fail("the first line must be '-- view: NAME'");
  if (`${name}.sql` !== fileName) fail(`names view ${name}, but views are named by their file`);
  const about: string[] = [];
  const columns: AnalystColumn[] = [];
  let body = 1;
  for (; body < lines.length; body++) {
    const line = lines[body]!;
    const aboutLine = ABOUT.exec(line);
    const column = COLUMN.exec(line);
    if (aboutLine) about.push(aboutLine[1]!.trim());
    else if (column) {
      const tag = column[2];
      if (tag !== undefined && !(PSEUDONYMISINGS as readonly string[]).includes(tag)) fail(`column ${column[1]} is pseudonymised as '${tag}', none of ${PSEUDONYMISINGS.join(', ')}`);
      columns.push({ name: column[1]!, about: column[3]!.trim(), ...(tag ? { pseudonymised: tag as Pseudonymising } : {}) });
    } else break;
  }
  if (columns.length === 0) fail('documents no column');
  const sql = lines.slice(body).join('\n').trim();
  if (!/^SELECT\b/i.test(sql)) fail('has no SELECT after its header');
  return { name, about: about.join(' '), columns, sql };
}

const DIR = new URL('./', import.meta.url);

/** Every analyst view, in the order of the data dictionary: one .sql file each in this folder. */
export const ANALYST_VIEWS: readonly AnalystView[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.sql'))
  .sort()
  .map((f) => parseViewFile(f, readFileSync(new URL(f, DIR), 'utf8')));
