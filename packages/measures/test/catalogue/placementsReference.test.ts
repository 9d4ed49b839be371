import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  missingReferenceNote, parseOfstedJudgements, parsePostcode, postcodeLocationsJson, readOfstedJudgements, readPostcodeLookup, referenceParams,
} from '../../src';
import { lookupFile } from './placementsLa';

const folder = mkdtempSync(join(tmpdir(), 'careledger-placements-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const path = join(folder, name);
  writeFileSync(path, text);
  return path;
};

describe('postcodes as the 903 records them', () => {
  it('reads full postcodes (with or without the space), sectors and districts', () => {
    expect(parsePostcode('cw1 2ab')).toEqual({ kind: 'unit', unit: 'CW1 2AB', sector: 'CW1 2' });
    expect(parsePostcode('SK176AA')).toEqual({ kind: 'unit', unit: 'SK17 6AA', sector: 'SK17 6' });
    expect(parsePostcode(' CW1  2 ')).toEqual({ kind: 'sector', sector: 'CW1 2' });
    // Without its space "CW12" is the district CW12, not the sector CW1 2.
    expect(parsePostcode('CW12')).toEqual({ kind: 'district', district: 'CW12' });
    expect(parsePostcode('not a postcode')).toBeUndefined();
  });
});

describe('the postcode lookup file', () => {
  it('locates full postcodes, sectors by the mean of their postcodes, and sector LAs by the majority', async () => {
    const lookup = await readPostcodeLookup(lookupFile);
    expect(lookup.locate('CW1 2AA')).toEqual({ lat: 53.1, lon: -2.44, locatedBy: 'postcode', la: '895', laKnown: true });
    // The sector CW1 2: CW1 2AA 53.10 and CW1 2AB 53.12, mean 53.11.
    expect(lookup.locate('CW1 2')).toMatchObject({ locatedBy: 'sector', la: '895', laKnown: true });
    expect(lookup.locate('CW1 2')!.lat).toBeCloseTo(53.11, 10);
    // A full postcode the lookup lacks is placed by its sector.
    expect(lookup.locate('CW1 2ZZ')).toMatchObject({ locatedBy: 'sector', la: '895' });
    // A two-tier area is its county's (oscty), not its district's.
    expect(lookup.locate('ST5 1AA')).toMatchObject({ la: '860', laKnown: true });
    // Wales: no English LA, so certainly not this one.
    expect(lookup.locate('LL11 1AA')).toMatchObject({ la: 'W06000006', laKnown: true });
    // CH1 1AA is Cheshire West (896) and CH1 1AB Cheshire East (895): the sector has no majority LA, but a centroid.
    expect(lookup.locate('CH1 1')).toMatchObject({ locatedBy: 'sector', la: null, laKnown: false, lon: -2.885 });
    // No grid reference (99.999999): left out, and its sector with it. A district alone is too coarse.
    expect(lookup.locate('CW1 4ZZ')).toBeUndefined();
    expect(lookup.locate('CW1')).toBeUndefined();
  });

  it('keeps only the full postcodes asked for, and still every sector', async () => {
    const lookup = await readPostcodeLookup(lookupFile, { keep: new Set(['CW1 2AA']) });
    expect(lookup.locate('CW1 2AA')).toMatchObject({ locatedBy: 'postcode' });
    expect(lookup.locate('CW1 2AB')).toMatchObject({ locatedBy: 'sector' });
    expect(JSON.parse(postcodeLocationsJson(lookup, ['CW1 2AA', 'CW1 2AA', 'XX1 1XX']))).toEqual([
      { postcode: 'CW1 2AA', lat: 53.1, lon: -2.44, located_by: 'postcode', la: '895', la_known: true },
    ]);
  });

  it('refuses a file it cannot read, naming the file, line, field and reason', async () => {
    await expect(readPostcodeLookup(join(folder, 'absent.csv'))).rejects.toMatchObject({ kind: 'invalid', code: 'reference.file_missing' });
    const noLa = file('noLa.csv', 'pcds,lat,long\nCW1 2AA,53.1,-2.44\n');
    await expect(readPostcodeLookup(noLa)).rejects.toMatchObject({ code: 'reference.postcode_columns', context: { file: noLa, line: 1, missing: ['oslaua'] } });
    const badLat = file('badLat.csv', 'pcds,lat,long,oslaua\nCW1 2AA,53.1,-2.44,E06000049\nCW1 2AB,north,-2.44,E06000049\n');
    await expect(readPostcodeLookup(badLat)).rejects.toMatchObject({
      code: 'reference.postcode_lookup', message: `${badLat} line 3, field lat: 'north' is not a latitude in degrees`,
    });
    const sector = file('sector.csv', 'pcds,lat,long,oslaua\nCW1 2,53.1,-2.44,E06000049\n');
    await expect(readPostcodeLookup(sector)).rejects.toMatchObject({ context: { line: 2, field: 'pcds', reason: "'CW1 2' is not a full postcode" } });
    // A shire district with no county column: children's services are the county's, so the file cannot say which LA.
    const district = file('district.csv', 'pcds,lat,long,oslaua\nST5 1AA,53.0,-2.44,E07000195\n');
    await expect(readPostcodeLookup(district)).rejects.toMatchObject({ context: { line: 2, field: 'oslaua' }, message: /shire district.*oscty/ });
    await expect(readPostcodeLookup(file('empty.csv', ''))).rejects.toMatchObject({ code: 'reference.postcode_lookup_empty' });
  });
});

describe('the Ofsted provider judgement file', () => {
  it('reads Ofsted\'s own headings and grades, and leaves out providers not yet judged', () => {
    const text = [
      'URN,Provider type,Overall experiences and progress of children and young people,Latest full inspection date',
      'SC100001,Children\'s home,2,01/06/2023',
      '1000002,Independent fostering agency,1,10/01/2022',
      'SC100003,Children\'s home,Requires improvement to be good,2023-01-01',
      'SC100004,Children\'s home,Adequate,2015-01-01',
      'SC100005,Children\'s home,4,2024-01-01',
      'SC100006,Children\'s home,,',
      '"SC100007","Children\'s home, secure",5,2024-01-01',
    ].join('\r\n');
    expect(parseOfstedJudgements(text, 'ofsted.csv')).toEqual([
      { urn: 'SC100001', judgement: 'Good', inspectedOn: '2023-06-01', line: 2 },
      { urn: '1000002', judgement: 'Outstanding', inspectedOn: '2022-01-10', line: 3 },
      { urn: 'SC100003', judgement: 'Requires improvement to be good', inspectedOn: '2023-01-01', line: 4 },
      { urn: 'SC100004', judgement: 'Requires improvement to be good', inspectedOn: '2015-01-01', line: 5 },
      { urn: 'SC100005', judgement: 'Inadequate', inspectedOn: '2024-01-01', line: 6 },
    ]);
  });

  it('refuses a file it cannot read, naming the file, line, field and reason', () => {
    expect(() => readOfstedJudgements(join(folder, 'absent.csv'))).toThrow(expect.objectContaining({ code: 'reference.file_missing' }));
    expect(() => parseOfstedJudgements('urn,judgement\nSC100001,Good\n', 'f.csv')).toThrow(expect.objectContaining({
      code: 'reference.ofsted_columns', context: expect.objectContaining({ missing: ['inspection_date'] }),
    }));
    expect(() => parseOfstedJudgements('urn,judgement,inspection_date\nSC100001,Good,2023-01-01\nSC100002,Excellent,2023-01-01\n', 'f.csv'))
      .toThrow(expect.objectContaining({ message: expect.stringMatching(/^f\.csv line 3, field judgement: 'Excellent' is not an Ofsted judgement/) }));
    expect(() => parseOfstedJudgements('urn,judgement,inspection_date\nSC100001,Good,31/02/2023\n', 'f.csv'))
      .toThrow(expect.objectContaining({ context: { file: 'f.csv', line: 2, field: 'inspection_date', reason: "'31/02/2023' is not an inspection date (YYYY-MM-DD or DD/MM/YYYY)" } }));
    expect(() => parseOfstedJudgements('urn,judgement,inspection_date\nSC12,Good,2023-01-01\n', 'f.csv'))
      .toThrow(expect.objectContaining({ context: expect.objectContaining({ line: 2, field: 'urn' }) }));
  });
});

describe('reference parameters', () => {
  it('passes NULL for a file not supplied, and names what a statement needed and did not get', () => {
    expect(referenceParams(undefined)).toEqual({ postcodeLocations: null, ofstedJudgements: null });
    expect(referenceParams({ ofstedJudgements: '[]' })).toEqual({ postcodeLocations: null, ofstedJudgements: '[]' });
    expect(missingReferenceNote('SELECT $postcodeLocations, $ofstedJudgements', { ofstedJudgements: '[]' })).toBe('no postcode lookup file was supplied');
    expect(missingReferenceNote('SELECT $laCode', undefined)).toBeUndefined();
  });
});
