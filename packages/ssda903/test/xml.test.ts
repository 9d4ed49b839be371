import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { TABLES, TABLE_NAMES, XML_LAYOUT, XML_TABLES, collectionYear, emptyTables, fromXml, toXml, xmlColumnsOf, type Ssda903Tables, type XmlTableName } from '../src';

const year = collectionYear(2025);

// Child C1: two episodes (the second open, placed H5, which 2024-25 reports as K3), a review, a missing episode, UASC.
// Child C2: one open episode, nothing else.
const tables: Ssda903Tables = {
  ...emptyTables(),
  header: [
    { CHILD: 'C1', SEX: '2', DOB: '2012-03-04', ETHNIC: 'WBRI', UPN: 'A123456789012', MOTHER: '', MC_DOB: '' },
    { CHILD: 'C2', SEX: 'M', DOB: '2015-07-08', ETHNIC: 'MWBC', UPN: '', MOTHER: '', MC_DOB: '' },
  ],
  episodes: [
    { CHILD: 'C1', DECOM: '2024-05-01', RNE: 'S', LS: 'C2', CIN: 'N1', PLACE: 'U1', PLACE_PROVIDER: 'PR1', DEC: '2024-09-10', REC: 'X1', REASON_PLACE_CHANGE: 'CARPL', HOME_POST: 'AB1 2CD', PL_POST: 'AB3 4EF', URN: '123456' },
    { CHILD: 'C1', DECOM: '2024-09-10', RNE: 'P', LS: 'C2', CIN: 'N1', PLACE: 'H5', PLACE_PROVIDER: 'PR4', DEC: '', REC: '', REASON_PLACE_CHANGE: '', HOME_POST: 'AB1 2CD', PL_POST: '', URN: '' },
    { CHILD: 'C2', DECOM: '2025-01-15', RNE: 'S', LS: 'V2', CIN: 'N2', PLACE: 'U3', PLACE_PROVIDER: 'PR1', DEC: '', REC: '', REASON_PLACE_CHANGE: '', HOME_POST: '', PL_POST: '', URN: 'SC000001' },
  ],
  reviews: [{ CHILD: 'C1', DOB: '2012-03-04', REVIEW: '2024-11-20', REVIEW_CODE: 'PN1' }],
  missing: [{ CHILD: 'C1', DOB: '2012-03-04', MISSING: 'M', MIS_START: '2024-06-01', MIS_END: '2024-06-02' }],
  uasc: [{ CHILD: 'C1', DOB: '2012-03-04', SEX: '2', DUC: '' }],
};

/** The tables as 2024-25 codes them: what reading the written file gives back. */
const tablesAsCoded: Ssda903Tables = {
  ...tables,
  header: [{ ...tables.header[0]!, SEX: 'F' }, tables.header[1]!],
  episodes: [tables.episodes[0]!, { ...tables.episodes[1]!, PLACE: 'K3' }, tables.episodes[2]!],
  uasc: [{ ...tables.uasc[0]!, SEX: 'F' }],
};

const inRegistry = (dfeName: XmlTableName) => TABLE_NAMES.some((t) => TABLES[t].dfeName === dfeName);
/** Lines a table adds only once the registry has it (another engineer is adding AD1 and OC3 in parallel). */
const ifInRegistry = (dfeName: XmlTableName, lines: string[]): string[] => (inRegistry(dfeName) ? lines : []);

function childBlocks(xml: string): string[] {
  return [...xml.matchAll(/ {2}<CHILD>\n[\s\S]*?\n {2}<\/CHILD>\n/g)].map((m) => m[0]);
}

describe('the XML layout', () => {
  it('describes all twelve 903 tables, by their DfE names', () => {
    expect([...XML_TABLES].sort()).toEqual(['AD1', 'DoLo', 'Episodes', 'Header', 'Missing', 'OC2', 'OC3', 'PlacedAdoption', 'PrevPerm', 'Reviews', 'SWEpisodes', 'UASC']);
  });

  it('has a place for every registry table and every column of every schema version', () => {
    for (const table of TABLE_NAMES) {
      const dfeName = TABLES[table].dfeName as XmlTableName;
      expect(XML_TABLES, table).toContain(dfeName);
      const placed = new Set([...xmlColumnsOf(dfeName), ...(dfeName === 'Header' ? [] : XML_LAYOUT.fromHeader)]);
      for (const version of TABLES[table].schemas) {
        expect(version.columns.filter((c) => !placed.has(c)), `${table} ${version.fromYear}`).toEqual([]);
      }
    }
  });

  it('names each element once within its parent', () => {
    const headerNames = XML_LAYOUT.headerItems.map((item) => item.element);
    expect(new Set(headerNames).size).toBe(headerNames.length);
    for (const item of [...XML_LAYOUT.headerItems, ...XML_LAYOUT.childItems]) {
      if (item.kind !== 'rows') continue;
      const names = item.fields.map((f) => f.element);
      expect(new Set(names).size, item.element).toBe(names.length);
    }
  });
});

describe('toXml', () => {
  const xml = toXml(tables, year);

  it('writes one well-formed UTF-8 document, a CHILD per Header row in Header order', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<EXPSSDA903>\n  <CHILD>\n')).toBe(true);
    expect(xml.endsWith('  </CHILD>\n</EXPSSDA903>\n')).toBe(true);
    const blocks = childBlocks(xml);
    expect(blocks.map((b) => /<CHILDID>(.*)<\/CHILDID>/.exec(b)![1])).toEqual(['C1', 'C2']);
  });

  it('writes a child\'s elements in the XSD order, dates DD/MM/YYYY, codes as the year spells them, blanks as empty elements', () => {
    const expected = [
      '  <CHILD>',
      '    <HEADER>',
      '      <CHILDID>C1</CHILDID>',
      '      <UPN>A123456789012</UPN>',
      '      <SEX>F</SEX>',
      '      <DOB>04/03/2012</DOB>',
      '      <ETHNIC>WBRI</ETHNIC>',
      '      <UASC>1</UASC>',
      '      <DUC/>',
      ...ifInRegistry('AD1', ['DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR'].map((e) => `      <${e}/>`)),
      ...ifInRegistry('OC3', ['IN_TOUCH', 'ACTIV', 'ACCOM'].map((e) => `      <${e}/>`)),
      '      <AMISSING>',
      '        <MISSING>M</MISSING>',
      '        <MIS_START>01/06/2024</MIS_START>',
      '        <MIS_END>02/06/2024</MIS_END>',
      '      </AMISSING>',
      '      <AREVIEW>',
      '        <REVIEW>20/11/2024</REVIEW>',
      '        <REVIEW_CODE>PN1</REVIEW_CODE>',
      '      </AREVIEW>',
      '      <MOTHER/>',
      '      <MC_DOB/>',
      '    </HEADER>',
      '    <EPISODE>',
      '      <DECOM>01/05/2024</DECOM>',
      '      <RNE>S</RNE>',
      '      <LS>C2</LS>',
      '      <CIN>N1</CIN>',
      '      <PL>U1</PL>',
      '      <PL_POST>AB3 4EF</PL_POST>',
      '      <HOME_POST>AB1 2CD</HOME_POST>',
      '      <URN>123456</URN>',
      '      <PLACE_PROVIDER>PR1</PLACE_PROVIDER>',
      '      <DEC>10/09/2024</DEC>',
      '      <REC>X1</REC>',
      '      <REASON_PLACE_CHANGE>CARPL</REASON_PLACE_CHANGE>',
      '    </EPISODE>',
      '    <EPISODE>',
      '      <DECOM>10/09/2024</DECOM>',
      '      <RNE>P</RNE>',
      '      <LS>C2</LS>',
      '      <CIN>N1</CIN>',
      '      <PL>K3</PL>',
      '      <PL_POST/>',
      '      <HOME_POST>AB1 2CD</HOME_POST>',
      '      <URN/>',
      '      <PLACE_PROVIDER>PR4</PLACE_PROVIDER>',
      '      <DEC/>',
      '      <REC/>',
      '      <REASON_PLACE_CHANGE/>',
      '    </EPISODE>',
      '  </CHILD>',
      '',
    ].join('\n');
    expect(childBlocks(xml)[0]).toBe(expected);
  });

  it('says 0 for a child who is not UASC and writes no element for tables the child has no rows in', () => {
    const c2 = childBlocks(xml)[1]!;
    expect(c2).toContain('      <UASC>0</UASC>\n      <DUC/>\n');
    expect(c2).not.toContain('<AREVIEW>');
    expect(c2).not.toContain('<AMISSING>');
    expect(c2.match(/<EPISODE>/g)).toHaveLength(1);
  });

  it('escapes text', () => {
    const odd: Ssda903Tables = { ...emptyTables(), header: [{ ...tables.header[1]!, UPN: 'A<&>B' }] };
    expect(toXml(odd, year)).toContain('<UPN>A&lt;&amp;&gt;B</UPN>');
    expect(fromXml(toXml(odd, year), year).tables.header[0]!.UPN).toBe('A<&>B');
  });

  it('refuses rows the XML has no place for, naming the child', () => {
    const orphan: Ssda903Tables = { ...tables, reviews: [{ CHILD: 'C9', DOB: '2012-03-04', REVIEW: '2024-11-20', REVIEW_CODE: 'PN1' }] };
    expect(() => toXml(orphan, year)).toThrow(expect.objectContaining({ kind: 'invalid', code: 'ssda903.xml.child_not_in_header', context: { child: 'C9', table: 'reviews' } }));
    const twoUasc: Ssda903Tables = { ...tables, uasc: [tables.uasc[0]!, tables.uasc[0]!] };
    expect(() => toXml(twoUasc, year)).toThrow(expect.objectContaining({ code: 'ssda903.xml.too_many_rows', context: { child: 'C1', table: 'uasc' } }));
  });
});

describe('fromXml', () => {
  it('reads back what toXml writes: the same rows, coded for the year', () => {
    expect(fromXml(toXml(tables, year), year)).toEqual({ tables: tablesAsCoded, issues: [] });
  });

  it('reads a file as other systems write it: self-closed blanks, optional elements left out', () => {
    const xml = '<?xml version=\'1.0\' encoding=\'us-ascii\'?>\n<EXPSSDA903><CHILD><HEADER><CHILDID>K7</CHILDID><UPN>A123456789012</UPN><SEX>2</SEX><DOB>02/03/2013</DOB><ETHNIC>WBRI</ETHNIC><UASC /><MOTHER /><MC_DOB /></HEADER>'
      + '<EPISODE><DECOM>11/11/2016</DECOM><RNE>L</RNE><LS>V3</LS><CIN>N1</CIN><PL>A3</PL><PLACE_PROVIDER>PR4</PLACE_PROVIDER><DEC /><REC /></EPISODE></CHILD></EXPSSDA903>';
    const read = fromXml(xml, collectionYear(2024));
    expect(read.issues).toEqual([]);
    expect(read.tables.header).toEqual([{ CHILD: 'K7', SEX: '2', DOB: '2013-03-02', ETHNIC: 'WBRI', UPN: 'A123456789012', MOTHER: '', MC_DOB: '' }]);
    expect(read.tables.episodes).toEqual([{ CHILD: 'K7', DECOM: '2016-11-11', RNE: 'L', LS: 'V3', CIN: 'N1', PLACE: 'A3', PLACE_PROVIDER: 'PR4', DEC: '', REC: '', REASON_PLACE_CHANGE: '', HOME_POST: '', PL_POST: '', URN: '' }]);
    expect(read.tables.uasc).toEqual([]);
  });

  it('gives no children and one issue for a file that is not well-formed', () => {
    const read = fromXml('<EXPSSDA903><CHILD><HEADER></CHILD></EXPSSDA903>', year);
    expect(read.tables).toEqual(emptyTables());
    expect(read.issues).toHaveLength(1);
    expect(read.issues[0]!.reason).toMatch(/^not well-formed XML: .*HEADER.* \(line 1, column \d+\)$/);
  });

  it('leaves out a child with a date that is not a date, an unknown element or no HEADER, and keeps the others', () => {
    const [c1, c2] = childBlocks(toXml(tables, year)) as [string, string];
    const badDate = c1.replace('<DOB>04/03/2012</DOB>', '<DOB>31/02/2012</DOB>');
    const unknown = c2.replace('<ETHNIC>MWBC</ETHNIC>', '<ETHNIC>MWBC</ETHNIC>\n      <FAVOURITE_COLOUR>blue</FAVOURITE_COLOUR>');
    const noHeader = '  <CHILD>\n    <EPISODE><DECOM>01/05/2024</DECOM></EPISODE>\n  </CHILD>\n';
    const read = fromXml(`<?xml version="1.0" encoding="UTF-8"?>\n<EXPSSDA903>\n${badDate}${unknown}${noHeader}${c2}</EXPSSDA903>\n`, year);
    expect(read.issues).toEqual([
      { child: 'C1', element: 'DOB', reason: 'DOB \'31/02/2012\' is not a day of the calendar' },
      { child: 'C2', element: 'FAVOURITE_COLOUR', reason: 'unknown element FAVOURITE_COLOUR in HEADER' },
      { child: 'CHILD 3', element: 'HEADER', reason: 'the CHILD has no HEADER' },
      { child: 'C2', element: 'CHILDID', reason: 'CHILDID \'C2\' is also an earlier CHILD\'s' },
    ]);
    expect(read.tables.header).toEqual([]);

    const kept = fromXml(`<EXPSSDA903>\n${badDate}${c2}</EXPSSDA903>`, year);
    expect(kept.issues.map((i) => i.child)).toEqual(['C1']);
    expect(kept.tables.header).toEqual([tablesAsCoded.header[1]]);
    expect(kept.tables.episodes).toEqual([tablesAsCoded.episodes[2]]);
    expect(kept.tables.reviews).toEqual([]);
  });

  it('names a bad date inside a nested element, and a UASC flag that is not 0 or 1', () => {
    const [c1] = childBlocks(toXml(tables, year)) as [string];
    const read = fromXml(`<EXPSSDA903>\n${c1.replace('<REVIEW>20/11/2024</REVIEW>', '<REVIEW>2024-13-01</REVIEW>').replace('<UASC>1</UASC>', '<UASC>Y</UASC>')}</EXPSSDA903>`, year);
    expect(read.issues).toEqual([
      { child: 'C1', element: 'REVIEW', reason: 'REVIEW \'2024-13-01\' is not a day of the calendar' },
      { child: 'C1', element: 'UASC', reason: 'UASC \'Y\' is not 0 or 1' },
    ]);
  });

  it('refuses a document whose root is not EXPSSDA903', () => {
    expect(fromXml('<SSDA903><CHILD/></SSDA903>', year).issues).toEqual([{ element: 'SSDA903', reason: 'the document\'s root must be one EXPSSDA903 element' }]);
  });
});
