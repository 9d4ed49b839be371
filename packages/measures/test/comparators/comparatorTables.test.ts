import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  COMPARATOR_SOURCES, comparatorTables, identifySuppliedTable, PUBLISHED_TABLES, readSuppliedTableFiles, shippedComparatorTables, shippedCopyOf,
  type ComparatorTables, type PublishedRow,
} from '../../src';
import { CLA_NEWER_RELEASE_CSV, NEIGHBOURS_CSV } from './world';

/** The England value of a mapped measure in a year, read straight from the loaded table. */
function englandValue(tables: ComparatorTables, measureId: string, year: number): number | string | undefined {
  const source = COMPARATOR_SOURCES.find((s) => s.measureId === measureId)!;
  const row = tables.tables.get(source.table)!.table.rows.find((r: PublishedRow) => r.year === year && r.geography.level === 'National'
    && Object.entries(source.where).every(([c, v]) => r.filters[c] === v));
  const cell = row?.values[source.value];
  return cell?.kind === 'number' ? cell.value : cell?.symbol;
}

describe('the DfE tables shipped with careledger', () => {
  it('hold DfE\'s published England figures (anchors-ssda903 4.3 and 2.6, 2.11)', () => {
    const shipped = shippedComparatorTables();
    // CLA at 31 March 2025 81,770 (rate 67); 2024 as restated in the 2025 release 83,530 (rate 69).
    expect(englandValue(shipped, 'cla_at_date', 2025)).toBe(81770);
    expect(englandValue(shipped, 'cla_rate_per_10000', 2025)).toBe(67);
    expect(englandValue(shipped, 'cla_at_date', 2024)).toBe(83530);
    expect(englandValue(shipped, 'cla_rate_per_10000', 2024)).toBe(69);
    expect(englandValue(shipped, 'started_in_period', 2025)).toBe(32270);
    expect(englandValue(shipped, 'ceased_in_period', 2025)).toBe(34450);
    // 3+ placements 10% (2025), 11% (2024); long-term stability 69% (2025), 70% (2021).
    expect(englandValue(shipped, 'placements_3plus_percent', 2025)).toBe(10);
    expect(englandValue(shipped, 'placements_3plus_percent', 2024)).toBe(11);
    expect(englandValue(shipped, 'long_term_stability_percent', 2025)).toBe(69);
    expect(englandValue(shipped, 'long_term_stability_percent', 2021)).toBe(70);
    // 3+ placements over two years, 2025: 13,410 of 59,430 = 23%.
    expect(englandValue(shipped, 'placements_3plus_2years_percent', 2025)).toBe(23);
    // OC2 2025: health assessment 90%, immunisations 84%, teeth 81%, convictions 2%, SDQ concern 42% of those with a score.
    expect(englandValue(shipped, 'oc2_health_assessment_percent', 2025)).toBe(90);
    expect(englandValue(shipped, 'oc2_immunisations_percent', 2025)).toBe(84);
    expect(englandValue(shipped, 'oc2_dental_check_percent', 2025)).toBe(81);
    expect(englandValue(shipped, 'oc2_convictions_percent', 2025)).toBe(2);
    expect(englandValue(shipped, 'oc2_sdq_concern_percent', 2025)).toBe(42);
    // Care leavers 19-21, 2025: EET 54%, suitable accommodation 89%.
    expect(englandValue(shipped, 'care_leavers_19_21_eet_percent', 2025)).toBe(54);
    expect(englandValue(shipped, 'care_leavers_19_21_suitable_accommodation_percent', 2025)).toBe(89);
  });

  it('have, for every comparison of the mapping, England rows for each year 2021-2025 (regenerate after adding one)', () => {
    const shipped = shippedComparatorTables();
    for (const source of COMPARATOR_SOURCES) {
      for (const year of [2021, 2022, 2023, 2024, 2025]) expect(typeof englandValue(shipped, source.measureId, year), `${source.measureId} ${year}`).toBe('number');
    }
  });

  it('are only the rows and columns the mapping uses, cut from the download by shippedCopyOf', () => {
    const spec = PUBLISHED_TABLES.find((t) => t.id === 'la_cla_placement_stability')!;
    const download = [
      'time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,la_name,new_la_code,cla_group,placement_stability,children_count,children_percent,extra',
      '2025,Reporting year,National,E92000001,England,,,,,,CLA on 31 March,Total children,81770,100,a',
      '2025,Reporting year,National,E92000001,England,,,,,,CLA on 31 March,With 3 or more placements during the year,8500,10,b',
      '2025,Reporting year,Local authority,E92000001,England,E12000002,North West,895,Cheshire East,E06000049,CLA on 31 March,With 3 or more placements during the year,c,c,c',
      '2025,Reporting year,Local authority district,E92000001,England,,,,,,CLA on 31 March,With 3 or more placements during the year,1,1,d',
    ].join('\n');
    // The "Total children" row and the district row are not used; nor are extra, country_code, country_name, region_code.
    expect(shippedCopyOf(spec, download, 'download.csv')).toBe([
      'time_period,time_identifier,geographic_level,region_name,old_la_code,la_name,new_la_code,cla_group,placement_stability,children_count,children_percent',
      '2025,Reporting year,National,,,,,CLA on 31 March,With 3 or more placements during the year,8500,10',
      '2025,Reporting year,Local authority,North West,895,Cheshire East,E06000049,CLA on 31 March,With 3 or more placements during the year,c,c',
      '',
    ].join('\n'));
  });
});

describe('a council\'s own download replacing a shipped table', () => {
  it('replaces the table whole, and says the values are from the supplied file', () => {
    const tables = comparatorTables([{ file: 'downloads/cla_number_and_rate_per_10k_children.csv', text: CLA_NEWER_RELEASE_CSV }]);
    const cla = tables.tables.get('cla_number_and_rate_per_10k_children')!;
    expect(cla.origin).toBe('supplied');
    expect(cla.source).toBe('DfE, Children looked after in England including adoptions, from downloads/cla_number_and_rate_per_10k_children.csv (supplied; replaces the shipped 2025 release)');
    // The supplied release has 2026; and its 2025 England count is what it says, not the shipped one's.
    expect(englandValue(tables, 'cla_rate_per_10000', 2026)).toBe(65);
    expect(englandValue(tables, 'cla_at_date', 2024)).toBeUndefined();
    // The other tables are still the shipped ones.
    expect(tables.tables.get('la_cla_placement_stability')!.origin).toBe('shipped');
    expect(tables.neighbours.origin).toBe('shipped');
  });

  it('tells a file by its DfE name (with a suffix), by its columns, or as named; refuses what it cannot tell', () => {
    expect(identifySuppliedTable({ file: '/tmp/la_cla_placement_stability (1).csv', text: '' })).toBe('la_cla_placement_stability');
    expect(identifySuppliedTable({ file: 'New_Statistical_Neighbour_Groupings_May_2025.csv', text: '' })).toBe('statistical_neighbours');
    expect(identifySuppliedTable({ file: 'mine.csv', text: NEIGHBOURS_CSV })).toBe('statistical_neighbours');
    expect(identifySuppliedTable({ file: 'mine.csv', text: CLA_NEWER_RELEASE_CSV })).toBe('cla_number_and_rate_per_10k_children');
    expect(identifySuppliedTable({ file: 'leavers.csv', text: 'x', table: 'la_care_leavers_activity' })).toBe('la_care_leavers_activity');
    // Care leavers' activity and accommodation have the same columns: the name must say which.
    const leavers = 'time_period,geographic_level,care_leaver_age,breakdown,care_leaver_count,care_leaver_percent\n';
    expect(() => identifySuppliedTable({ file: 'leavers.csv', text: leavers })).toThrow(/leavers\.csv: which published table this is cannot be told from its name or columns \(it could be la_care_leavers_activity or la_care_leavers_accommodation_suitability\)/);
    expect(() => identifySuppliedTable({ file: 'x.csv', text: 'a,b\n', table: 'adoption' })).toThrow(/'adoption' is not a table careledger compares with; it knows cla_number_and_rate_per_10k_children, /);
  });

  it('refuses two files of one table, and a file lacking a column a comparison reads', () => {
    const file = { file: 'a/cla_number_and_rate_per_10k_children.csv', text: CLA_NEWER_RELEASE_CSV };
    expect(() => comparatorTables([file, { ...file, file: 'b/cla_number_and_rate_per_10k_children.csv' }])).toThrow(/b\/cla_number_and_rate_per_10k_children\.csv and a\/cla_number_and_rate_per_10k_children\.csv are both cla_number_and_rate_per_10k_children/);
    const withoutRate = CLA_NEWER_RELEASE_CSV.replace('rate_per_10000', 'rate');
    expect(() => comparatorTables([{ ...file, text: withoutRate }])).toThrow(/a\/cla_number_and_rate_per_10k_children\.csv, line 1, rate_per_10000: the column is missing/);
  });

  it('reads the named files from disk, and says which does not exist', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'careledger-published-'));
    try {
      writeFileSync(join(folder, 'cla_number_and_rate_per_10k_children.csv'), CLA_NEWER_RELEASE_CSV);
      const files = await readSuppliedTableFiles([join(folder, 'cla_number_and_rate_per_10k_children.csv')]);
      expect(comparatorTables(files).tables.get('cla_number_and_rate_per_10k_children')!.origin).toBe('supplied');
      await expect(readSuppliedTableFiles([join(folder, 'missing.csv')])).rejects.toMatchObject({ kind: 'not_found', code: 'comparators.file_not_found' });
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
