/**
 * Text as a SQL string literal ('it''s'): for what careledger itself writes into SQL (paths, codes, dates), never for
 * an analyst's query, which runs as given in its sandbox.
 */
export const sqlStringLiteral = (text: string): string => `'${text.replaceAll("'", "''")}'`;
