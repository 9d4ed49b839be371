/**
 * Where every 903 table sits in the DfE's XML return ("Expanded SSDA903 Return", root EXPSSDA903): element names,
 * nesting, order and the CSV column each element carries. The writer and the reader in xml.ts are both derived from
 * this one description, so a table or column moved here moves in both directions.
 *
 * Sources (structure only): the DfE XSD "Expanded SSDA903 Return 2021" (csc-data-synthesizer tests/data/CLA.xsd) for
 * the element order, and the DfE's open validator (csc-validator-be-903 ingress.py) for how the XML maps onto the CSV
 * tables: the child's id, date of birth and sex are stated once in HEADER and belong to every table's rows; UASC,
 * AD1 and OC3 have their fields directly in HEADER (at most one row a child); Reviews, Missing, PrevPerm, OC2 and
 * PlacedAdoption are elements nested in HEADER; Episodes are EPISODE elements beside it.
 *
 * Tables are named by their dfeName, so the layout can place tables the registry does not have yet; the writer and
 * the reader skip those.
 */

/** The DfE names of every table the 903 XML carries. */
export type XmlTableName =
  | 'Header' | 'Episodes' | 'Reviews' | 'Missing' | 'UASC' | 'OC2' | 'OC3' | 'AD1' | 'PlacedAdoption' | 'PrevPerm'
  | 'SWEpisodes' | 'DoLo';

/** A leaf element holding one column of the child's single row of `table` (Header, or a table spread over HEADER). */
export interface XmlValue {
  readonly kind: 'value';
  readonly element: string;
  readonly table: XmlTableName;
  readonly column: string;
}

/** A leaf element saying whether the child has a row of `table`: 1 if so, 0 if not (HEADER's UASC). */
export interface XmlFlag {
  readonly kind: 'flag';
  readonly element: string;
  readonly table: XmlTableName;
}

/** One element per row of `table`, up to `maxOccurs` a child, each holding `fields` in order. */
export interface XmlRows {
  readonly kind: 'rows';
  readonly element: string;
  readonly table: XmlTableName;
  readonly maxOccurs: number;
  readonly fields: readonly { readonly element: string; readonly column: string }[];
}

export type XmlHeaderItem = XmlValue | XmlFlag | XmlRows;

const value = (table: XmlTableName, column: string, element: string = column): XmlValue => ({ kind: 'value', element, table, column });
const rows = (element: string, table: XmlTableName, maxOccurs: number, columns: readonly (string | readonly [element: string, column: string])[]): XmlRows => ({
  kind: 'rows', element, table, maxOccurs,
  fields: columns.map((c) => (typeof c === 'string' ? { element: c, column: c } : { element: c[0], column: c[1] })),
});

/** The items of a child's HEADER, in the XSD's order. */
const HEADER_ITEMS: readonly XmlHeaderItem[] = [
  value('Header', 'CHILD', 'CHILDID'),
  value('Header', 'UPN'),
  value('Header', 'SEX'),
  value('Header', 'DOB'),
  value('Header', 'ETHNIC'),
  // 0 or 1, never blank: the DfE's rule 105 checks this in an XML return (a CSV return has no such column).
  { kind: 'flag', element: 'UASC', table: 'UASC' },
  value('UASC', 'DUC'),
  ...['DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR'].map((c) => value('AD1', c)),
  ...['IN_TOUCH', 'ACTIV', 'ACCOM'].map((c) => value('OC3', c)),
  rows('AMISSING', 'Missing', 366, ['MISSING', 'MIS_START', 'MIS_END']),
  rows('AREVIEW', 'Reviews', 52, ['REVIEW', 'REVIEW_CODE']),
  value('Header', 'MOTHER'),
  value('Header', 'MC_DOB'),
  rows('PERMANENCE', 'PrevPerm', 1, ['PREV_PERM', 'LA_PERM', 'DATE_PERM']),
  rows('OC2', 'OC2', 1, [
    'SDQ_SCORE', 'SDQ_REASON', 'CONVICTED', 'HEALTH_CHECK', 'IMMUNISATIONS', 'TEETH_CHECK', 'HEALTH_ASSESSMENT',
    'SUBSTANCE_MISUSE', 'INTERVENTION_RECEIVED', 'INTERVENTION_OFFERED',
  ]),
  rows('AD_PLACED', 'PlacedAdoption', 366, ['DATE_PLACED', 'DATE_PLACED_CEASED', 'REASON_PLACED_CEASED']),
];

/** What follows the HEADER in a CHILD, in order. */
const CHILD_ITEMS: readonly XmlRows[] = [
  rows('EPISODE', 'Episodes', 366, [
    'DECOM', 'RNE', 'LS', 'CIN', ['PL', 'PLACE'], 'PL_POST', 'HOME_POST', 'URN', 'PLACE_PROVIDER', 'DEC', 'REC',
    'REASON_PLACE_CHANGE',
  ]),
  // Social worker episodes (from 2023/24) are later than the 2021 XSD and the open validator's XML reader, so no
  // public source places them; they are taken to repeat beside EPISODE, as their own episodes of the child.
  rows('SW_EPISODE', 'SWEpisodes', 366, ['SW_ID', 'SW_DECOM', 'SW_DEC', 'SW_REASON']),
  // Deprivation of liberty orders (from 2026/27) are likewise later than every public source of the XML: no public
  // source places them. They are taken to repeat beside EPISODE, like SW_EPISODE, as the child's own orders.
  rows('DOLO', 'DoLo', 366, ['DOLO_START', 'DOLO_END']),
];

export const XML_LAYOUT = {
  root: 'EXPSSDA903',
  child: 'CHILD',
  header: 'HEADER',
  /** The table whose one row per child the HEADER is; every CHILD has exactly one. */
  headerTable: 'Header' as XmlTableName,
  headerItems: HEADER_ITEMS,
  childItems: CHILD_ITEMS,
  /**
   * Columns the other tables repeat from the child's Header row (CHILD, DOB; SEX in UASC): the XML states them once,
   * in HEADER, so they are read from there and not written again.
   */
  fromHeader: ['CHILD', 'DOB', 'SEX'] as readonly string[],
} as const;

/** Every table the layout places, in the order they first appear. */
export const XML_TABLES: readonly XmlTableName[] = [
  ...new Set([...HEADER_ITEMS.map((item) => item.table), ...CHILD_ITEMS.map((item) => item.table)]),
];

/** The columns of `table` the XML carries in elements of its own (not those taken from the Header row). */
export function xmlColumnsOf(table: XmlTableName): string[] {
  const columns: string[] = [];
  for (const item of [...HEADER_ITEMS, ...CHILD_ITEMS]) {
    if (item.table !== table) continue;
    if (item.kind === 'value') columns.push(item.column);
    if (item.kind === 'rows') columns.push(...item.fields.map((f) => f.column));
  }
  return columns;
}
