/**
 * 903 CSV tables and their column order, as in the DfE schema for 2024 (SSDA903_schema_2024.yml).
 */
export const tableColumns = {
  header: ['CHILD', 'SEX', 'DOB', 'ETHNIC', 'UPN', 'MOTHER', 'MC_DOB'],
  episodes: ['CHILD', 'DECOM', 'RNE', 'LS', 'CIN', 'PLACE', 'PLACE_PROVIDER', 'DEC', 'REC', 'REASON_PLACE_CHANGE', 'HOME_POST', 'PL_POST', 'URN'],
  reviews: ['CHILD', 'DOB', 'REVIEW', 'REVIEW_CODE'],
  missing: ['CHILD', 'DOB', 'MISSING', 'MIS_START', 'MIS_END'],
  uasc: ['CHILD', 'DOB', 'SEX', 'DUC'],
} as const;

export type TableName = keyof typeof tableColumns;
export type Row<T extends TableName> = { readonly [K in (typeof tableColumns)[T][number]]: string };

export type HeaderRow = Row<'header'>;
export type EpisodeRow = Row<'episodes'>;
export type ReviewRow = Row<'reviews'>;
export type MissingRow = Row<'missing'>;
export type UascRow = Row<'uasc'>;

export interface Ssda903Tables {
  readonly header: readonly HeaderRow[];
  readonly episodes: readonly EpisodeRow[];
  readonly reviews: readonly ReviewRow[];
  readonly missing: readonly MissingRow[];
  readonly uasc: readonly UascRow[];
}

export const TABLE_FILE_NAMES: Record<TableName, string> = {
  header: 'header.csv',
  episodes: 'episodes.csv',
  reviews: 'reviews.csv',
  missing: 'missing.csv',
  uasc: 'uasc.csv',
};
