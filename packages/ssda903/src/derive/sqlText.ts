/**
 * Splits a .sql file into statements on `;`, ignoring semicolons inside quoted strings, quoted identifiers and
 * comments, so a file can hold a unit's DDL and all its derive statements with comments that say why.
 * Comment lines before a statement are dropped (they explain the file, not the statement DuckDB runs).
 */
export function splitSql(text: string): string[] {
  const statements: string[] = [];
  let current = '';
  let i = 0;
  const push = () => {
    const statement = stripLeadingComments(current).trim();
    if (statement.length > 0) statements.push(statement);
    current = '';
  };
  while (i < text.length) {
    const ch = text[i]!;
    const next = text[i + 1];
    if (ch === '-' && next === '-') {
      const end = text.indexOf('\n', i);
      const stop = end === -1 ? text.length : end;
      current += text.slice(i, stop);
      i = stop;
    } else if (ch === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end === -1 ? text.length : end + 2;
      current += text.slice(i, stop);
      i = stop;
    } else if (ch === "'" || ch === '"') {
      let j = i + 1;
      // A doubled quote is an escaped quote inside the string or identifier.
      while (j < text.length && !(text[j] === ch && text[j + 1] !== ch)) j += text[j] === ch ? 2 : 1;
      current += text.slice(i, j + 1);
      i = j + 1;
    } else if (ch === ';') {
      push();
      i += 1;
    } else {
      current += ch;
      i += 1;
    }
  }
  push();
  return statements;
}

function stripLeadingComments(statement: string): string {
  let rest = statement.trimStart();
  for (;;) {
    if (rest.startsWith('--')) {
      const end = rest.indexOf('\n');
      rest = end === -1 ? '' : rest.slice(end + 1).trimStart();
    } else if (rest.startsWith('/*')) {
      const end = rest.indexOf('*/');
      rest = end === -1 ? '' : rest.slice(end + 2).trimStart();
    } else {
      return rest;
    }
  }
}
