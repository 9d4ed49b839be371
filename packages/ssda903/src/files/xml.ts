import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { InvalidInputError } from '@careledger/runtime';
import type { CollectionYear } from '../collectionYear';
import { TABLES, TABLE_NAMES, columnOf, csvCells, emptyTables, schemaFor, tableColumns, type Row, type Ssda903Tables, type TableName } from '../tables';
import { XML_LAYOUT, type XmlHeaderItem, type XmlRows, type XmlTableName } from './xmlLayout';

export { XML_LAYOUT, XML_TABLES, xmlColumnsOf, type XmlTableName } from './xmlLayout';

// The DfE's XML 903 return, written and read from the layout in xmlLayout.ts. Values cross the boundary exactly as
// in the CSVs (csvCells: DD/MM/YYYY dates, the year's codes), so one return gives the same figures in either format.

type AnyRow = Readonly<Record<string, string>>;

/** The registry table behind each dfeName the layout places; a table the registry does not have yet is absent. */
function registryTables(): ReadonlyMap<XmlTableName, TableName> {
  const byDfeName = new Map<XmlTableName, TableName>();
  for (const table of TABLE_NAMES) byDfeName.set(TABLES[table].dfeName as XmlTableName, table);
  return byDfeName;
}

// ---------------------------------------------------------------------------------------------------------------
// Writing

// Characters XML 1.0 cannot carry at all, even escaped: a value holding one would make the file unreadable.
const NOT_XML_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

function escapeText(text: string): string {
  return /[&<>]/.test(text) ? text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;') : text;
}

/** Rows of each table grouped by child, in the table's order; refuses what the XML cannot hold. */
function rowsByChild(tables: Ssda903Tables, byDfeName: ReadonlyMap<XmlTableName, TableName>): Map<TableName, Map<string, AnyRow[]>> {
  const headerTable = byDfeName.get(XML_LAYOUT.headerTable)!;
  const children = new Set<string>();
  for (const row of tables[headerTable] as readonly AnyRow[]) {
    const child = row.CHILD ?? '';
    if (children.has(child)) {
      throw new InvalidInputError('ssda903.xml.duplicate_child', `${TABLES[headerTable].fileName}: child '${child}' has two Header rows; the XML has one CHILD a child`, { child, table: headerTable });
    }
    children.add(child);
  }
  const grouped = new Map<TableName, Map<string, AnyRow[]>>();
  for (const table of byDfeName.values()) {
    const byChild = new Map<string, AnyRow[]>();
    for (const row of tables[table] as readonly AnyRow[]) {
      const child = row.CHILD ?? '';
      if (!children.has(child)) {
        throw new InvalidInputError('ssda903.xml.child_not_in_header', `${TABLES[table].fileName}: child '${child}' has no Header row, so the XML has no CHILD to hold the row`, { child, table });
      }
      const rows = byChild.get(child);
      if (rows) rows.push(row);
      else byChild.set(child, [row]);
    }
    grouped.set(table, byChild);
  }
  return grouped;
}

interface ChildCells {
  readonly child: string;
  /** Each table's rows for this child, as `year`'s cells. */
  readonly cells: ReadonlyMap<XmlTableName, readonly Record<string, string>[]>;
}

function leaf(lines: string[], indent: string, element: string, text: string, child: string): void {
  if (NOT_XML_CHARACTER.test(text)) {
    throw new InvalidInputError('ssda903.xml.unwritable_value', `child '${child}': ${element} holds a control character that XML cannot carry`, { child, element });
  }
  lines.push(text === '' ? `${indent}<${element}/>` : `${indent}<${element}>${escapeText(text)}</${element}>`);
}

/** What every CHILD of one return is written with: the registry table of each dfeName, and each table's columns in the year. */
interface XmlWriting {
  readonly byDfeName: ReadonlyMap<XmlTableName, TableName>;
  readonly yearColumns: ReadonlyMap<TableName, ReadonlySet<string>>;
}

function writeItem(lines: string[], indent: string, item: XmlHeaderItem, child: ChildCells, writing: XmlWriting): void {
  const table = writing.byDfeName.get(item.table);
  if (!table) return;
  const rows = child.cells.get(item.table) ?? [];
  const yearColumns = writing.yearColumns.get(table)!;
  if (item.kind === 'flag') {
    leaf(lines, indent, item.element, rows.length > 0 ? '1' : '0', child.child);
    return;
  }
  if (item.kind === 'value') {
    if (!yearColumns.has(item.column)) return;
    if (rows.length > 1) {
      throw new InvalidInputError('ssda903.xml.too_many_rows', `child '${child.child}' has ${rows.length} ${TABLES[table].dfeName} rows; the XML holds one a child (in HEADER)`, { child: child.child, table });
    }
    leaf(lines, indent, item.element, rows[0]?.[item.column] ?? '', child.child);
    return;
  }
  if (rows.length > item.maxOccurs) {
    throw new InvalidInputError('ssda903.xml.too_many_rows', `child '${child.child}' has ${rows.length} ${TABLES[table].dfeName} rows; the XML holds at most ${item.maxOccurs} ${item.element} a child`, { child: child.child, table, maxOccurs: item.maxOccurs });
  }
  for (const row of rows) {
    lines.push(`${indent}<${item.element}>`);
    for (const field of item.fields) if (yearColumns.has(field.column)) leaf(lines, `${indent}  `, field.element, row[field.column] ?? '', child.child);
    lines.push(`${indent}</${item.element}>`);
  }
}

/**
 * `year`'s return as the DfE's XML: one CHILD a Header row, in Header order, each element in the XSD's order, a blank
 * value as an empty element (`<DEC/>`, as the DfE's own validator's test file writes them). Refuses (invalid input,
 * naming the child) rows the XML has no place for: a row of a child without a Header row, more rows than allowed.
 */
export function toXml(tables: Ssda903Tables, year: CollectionYear): string {
  const byDfeName = registryTables();
  const writing: XmlWriting = { byDfeName, yearColumns: new Map(TABLE_NAMES.map((t) => [t, new Set<string>(tableColumns(t, year))])) };
  const grouped = rowsByChild(tables, byDfeName);
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', `<${XML_LAYOUT.root}>`];
  for (const headerRow of tables[byDfeName.get(XML_LAYOUT.headerTable)!] as readonly AnyRow[]) {
    const childId = headerRow.CHILD ?? '';
    const cells = new Map<XmlTableName, Record<string, string>[]>();
    for (const [dfeName, table] of byDfeName) {
      const rows = grouped.get(table)!.get(childId) ?? [];
      cells.set(dfeName, rows.map((row) => csvCells(table, row as Row<typeof table>, year)));
    }
    const child: ChildCells = { child: childId, cells };
    lines.push(`  <${XML_LAYOUT.child}>`, `    <${XML_LAYOUT.header}>`);
    for (const item of XML_LAYOUT.headerItems) writeItem(lines, '      ', item, child, writing);
    lines.push(`    </${XML_LAYOUT.header}>`);
    for (const item of XML_LAYOUT.childItems) writeItem(lines, '    ', item, child, writing);
    lines.push(`  </${XML_LAYOUT.child}>`);
  }
  lines.push(`</${XML_LAYOUT.root}>`);
  return `${lines.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------------------------
// Reading

/** Something in an XML return that could not be read, naming the child (CHILDID, or its position) and element. */
export interface XmlIssue {
  readonly child?: string;
  readonly element?: string;
  readonly reason: string;
}

/** The tables of an XML return's readable children, and why the others were left out. */
export interface XmlReturn {
  readonly tables: Ssda903Tables;
  readonly issues: readonly XmlIssue[];
}

/** fast-xml-parser's ordered form: an element is `{ NAME: children }`, text is `{ '#text': text }`. */
type OrderedNode = Record<string, unknown>;

interface XmlElement {
  readonly name: string;
  readonly children: readonly OrderedNode[];
}

const isElementEntry = (name: string, children: unknown): children is OrderedNode[] => name !== '#text' && name !== ':@' && Array.isArray(children);

function elementsOf(nodes: readonly OrderedNode[]): XmlElement[] {
  const elements: XmlElement[] = [];
  for (const node of nodes) {
    // for...in, not Object.entries: a return has a node per element, and an entry array for each is the cost.
    for (const name in node) {
      const children = node[name];
      if (isElementEntry(name, children)) elements.push({ name, children });
    }
  }
  return elements;
}

/** The text of a leaf element, or undefined when it holds elements instead. */
function textOf(element: XmlElement): string | undefined {
  let text = '';
  for (const node of element.children) {
    for (const name in node) if (isElementEntry(name, node[name])) return undefined;
    text += String(node['#text'] ?? '');
  }
  return text.trim();
}

// jPath false: no callback here reads the element's path, so the parser need not build it as text for every element.
const parser = new XMLParser({
  preserveOrder: true, ignoreAttributes: true, parseTagValue: false, trimValues: true, ignoreDeclaration: true, ignorePiTags: true,
  jPath: false,
});

/** What one CHILD says, before it is turned into rows: each table's raw texts by column. */
interface ChildTexts {
  readonly single: Map<XmlTableName, Map<string, { readonly element: string; readonly text: string }>>;
  readonly flags: Map<XmlTableName, { readonly element: string; readonly text: string }>;
  readonly repeated: Map<XmlTableName, Map<string, { readonly element: string; readonly text: string }>[]>;
}

class ChildReader {
  readonly issues: XmlIssue[] = [];
  readonly texts: ChildTexts = { single: new Map(), flags: new Map(), repeated: new Map() };

  constructor(private label: string) {}

  relabel(label: string): void {
    this.label = label;
  }

  issue(element: string | undefined, reason: string): void {
    this.issues.push({ child: this.label, ...(element ? { element } : {}), reason });
  }

  readItems(elements: readonly XmlElement[], items: readonly XmlHeaderItem[], parent: string): void {
    const byElement = new Map(items.map((item) => [item.element, item]));
    for (const element of elements) {
      const item = byElement.get(element.name);
      if (!item) { this.issue(element.name, `unknown element ${element.name} in ${parent}`); continue; }
      if (item.kind === 'rows') { this.readRows(element, item); continue; }
      const text = textOf(element);
      if (text === undefined) { this.issue(element.name, `${element.name} holds elements, not a value`); continue; }
      if (item.kind === 'flag') {
        if (this.texts.flags.has(item.table)) { this.issue(element.name, `${element.name} appears twice in ${parent}`); continue; }
        this.texts.flags.set(item.table, { element: element.name, text });
        continue;
      }
      const columns = this.texts.single.get(item.table) ?? new Map();
      if (columns.has(item.column)) { this.issue(element.name, `${element.name} appears twice in ${parent}`); continue; }
      columns.set(item.column, { element: element.name, text });
      this.texts.single.set(item.table, columns);
    }
  }

  private readRows(element: XmlElement, item: XmlRows): void {
    const all = this.texts.repeated.get(item.table) ?? [];
    if (all.length === item.maxOccurs) {
      this.issue(element.name, `more than ${item.maxOccurs} ${element.name} in one CHILD`);
      return;
    }
    const byElement = new Map(item.fields.map((field) => [field.element, field.column]));
    const columns = new Map<string, { element: string; text: string }>();
    for (const field of elementsOf(element.children)) {
      const column = byElement.get(field.name);
      if (!column) { this.issue(field.name, `unknown element ${field.name} in ${element.name}`); continue; }
      const text = textOf(field);
      if (text === undefined) { this.issue(field.name, `${field.name} holds elements, not a value`); continue; }
      if (columns.has(column)) { this.issue(field.name, `${field.name} appears twice in one ${element.name}`); continue; }
      columns.set(column, { element: field.name, text });
    }
    all.push(columns);
    this.texts.repeated.set(item.table, all);
  }
}

function yearCodes(table: TableName, year: CollectionYear): Readonly<Record<string, readonly string[] | undefined>> | undefined {
  return schemaFor(TABLES[table], year).codes as Readonly<Record<string, readonly string[] | undefined>> | undefined;
}

/** The row of `table` from its texts: every column, '' where the XML is silent, dates as calendar dates. */
function rowFrom(table: TableName, texts: ReadonlyMap<string, { element: string; text: string }>, header: AnyRow | undefined, year: CollectionYear, reader: ChildReader, asWritten = false): AnyRow {
  const row: Record<string, string> = Object.fromEntries(Object.keys(TABLES[table].columns).map((c) => [c, '']));
  const codes = yearCodes(table, year);
  for (const column of tableColumns(table, year)) {
    const given = texts.get(column);
    if (!given && header && XML_LAYOUT.fromHeader.includes(column)) { row[column] = header[column] ?? ''; continue; }
    const text = given?.text ?? '';
    if (asWritten) { row[column] = isoAsDfe(text); continue; }
    // The same cell reading as the CSVs: a date in any form the DfE accepts, codes upper-cased and checked for the year.
    const reading = columnOf(table, column).read(text, year, codes?.[column]);
    if (!reading.ok) reader.issue(given?.element ?? column, `${given?.element ?? column} '${text}' ${reading.reason}`);
    else row[column] = reading.value;
  }
  return row;
}

/** Rows of every registry table from one CHILD's texts. */
function rowsOfChild(reader: ChildReader, year: CollectionYear, byDfeName: ReadonlyMap<XmlTableName, TableName>, asWritten = false): Map<TableName, AnyRow[]> {
  const rows = new Map<TableName, AnyRow[]>();
  const headerTable = byDfeName.get(XML_LAYOUT.headerTable)!;
  const header: Record<string, string> = { ...rowFrom(headerTable, reader.texts.single.get(XML_LAYOUT.headerTable) ?? new Map(), undefined, year, reader, asWritten) };
  rows.set(headerTable, [header]);
  for (const [dfeName, table] of byDfeName) {
    if (table === headerTable) continue;
    const tableRows: AnyRow[] = [];
    const single = reader.texts.single.get(dfeName);
    const flag = reader.texts.flags.get(dfeName);
    const anyValue = [...(single?.values() ?? [])].some((v) => v.text !== '');
    if (asWritten) {
      // A validator reads the flag as written into the Header row (HEADER's UASC: rules 105, 205C and 303 judge it)
      // and the table's row from its values, whatever the flag says.
      if (flag) header[flag.element] = flag.text;
      if (flag?.text === '1' || anyValue) tableRows.push(rowFrom(table, single ?? new Map(), header, year, reader, asWritten));
    } else if (flag && !['', '0', '1'].includes(flag.text)) reader.issue(flag.element, `${flag.element} '${flag.text}' is not 0 or 1`);
    else if (flag && flag.text !== '1' && anyValue) {
      const given = [...single!.values()].find((v) => v.text !== '')!;
      reader.issue(given.element, `${given.element} is given but ${flag.element} is not 1`);
    } else if (flag ? flag.text === '1' : anyValue) {
      tableRows.push(rowFrom(table, single ?? new Map(), header, year, reader, asWritten));
    }
    for (const texts of reader.texts.repeated.get(dfeName) ?? []) tableRows.push(rowFrom(table, texts, header, year, reader, asWritten));
    rows.set(table, tableRows);
  }
  return rows;
}

export interface XmlReadingOptions {
  /**
   * Keep every cell as the file writes it (dates given as YYYY-MM-DD, the XSD's form, become DD/MM/YYYY, the CSVs'),
   * and keep a CHILD whose CHILDID an earlier one has: what a validator reads, so that its rules, not the reader,
   * name what is wrong. A CHILD is still left out when its structure cannot be read (no HEADER, no CHILDID). HEADER's
   * flag (UASC) is kept in the Header row as written, beside the table it flags.
   */
  readonly asWritten?: boolean;
}

/** An XSD date (YYYY-MM-DD) as the 903 CSVs write it; any other text unchanged. */
function isoAsDfe(text: string): string {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return iso ? `${iso[3]}/${iso[2]}/${iso[1]}` : text;
}

/**
 * Reads an XML 903 return of `year`, as any case system writes it. Element order is not checked (names are), codes
 * are kept as the file spells them, and a CHILD that cannot be read whole is left out with its issues, so an importer
 * can keep the valid children. A file that is not well-formed gives no children and one issue.
 */
export function fromXml(text: string, year: CollectionYear, options: XmlReadingOptions = {}): XmlReturn {
  const asWritten = options.asWritten === true;
  const source = text.replace(/^\uFEFF/, '');
  const valid = XMLValidator.validate(source);
  if (valid !== true) {
    return { tables: emptyTables(), issues: [{ reason: `not well-formed XML: ${valid.err.msg} (line ${valid.err.line}, column ${valid.err.col})` }] };
  }
  const top = elementsOf(parser.parse(source) as OrderedNode[]);
  const root = top[0];
  if (top.length !== 1 || root?.name !== XML_LAYOUT.root) {
    return { tables: emptyTables(), issues: [{ element: root?.name ?? XML_LAYOUT.root, reason: `the document's root must be one ${XML_LAYOUT.root} element` }] };
  }
  const byDfeName = registryTables();
  const collected = new Map<TableName, AnyRow[]>(TABLE_NAMES.map((t) => [t, []]));
  const issues: XmlIssue[] = [];
  const seen = new Set<string>();
  let position = 0;
  for (const element of elementsOf(root.children)) {
    if (element.name !== XML_LAYOUT.child) {
      issues.push({ element: element.name, reason: `unknown element ${element.name} in ${XML_LAYOUT.root}` });
      continue;
    }
    position += 1;
    const reader = new ChildReader(`CHILD ${position}`);
    const parts = elementsOf(element.children);
    const headers = parts.filter((p) => p.name === XML_LAYOUT.header);
    const childIdElement = elementsOf(headers[0]?.children ?? []).find((e) => e.name === 'CHILDID');
    const childId = childIdElement ? textOf(childIdElement) ?? '' : '';
    if (childId) reader.relabel(childId);
    if (headers.length !== 1) {
      reader.issue(XML_LAYOUT.header, headers.length === 0 ? `the CHILD has no ${XML_LAYOUT.header}` : `the CHILD has ${headers.length} ${XML_LAYOUT.header} elements`);
    } else if (!childId) {
      reader.issue('CHILDID', `the ${XML_LAYOUT.header} has no CHILDID`);
    } else if (seen.has(childId) && !asWritten) {
      reader.issue('CHILDID', `CHILDID '${childId}' is also an earlier CHILD's`);
    }
    seen.add(childId);
    if (reader.issues.length === 0) {
      reader.readItems(elementsOf(headers[0]!.children), XML_LAYOUT.headerItems, XML_LAYOUT.header);
      reader.readItems(parts.filter((p) => p.name !== XML_LAYOUT.header), XML_LAYOUT.childItems, XML_LAYOUT.child);
    }
    const rows = reader.issues.length === 0 ? rowsOfChild(reader, year, byDfeName, asWritten) : undefined;
    if (reader.issues.length > 0 || !rows) { issues.push(...reader.issues); continue; }
    for (const [table, tableRows] of rows) collected.get(table)!.push(...tableRows);
  }
  return { tables: Object.fromEntries(collected) as unknown as Ssda903Tables, issues };
}

