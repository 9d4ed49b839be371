import type { CaseEvent } from '@careledger/events';
import { ChildHistory } from '@careledger/events/testing';

/** Cheshire East's DfE code: the postcode lookup fixture's E06000049 maps to it. */
export const PLACEMENTS_LA = '895';

export const lookupFile = new URL('./placementsFixtures/postcodeLookup.csv', import.meta.url).pathname;
export const ofstedFile = new URL('./placementsFixtures/ofstedJudgements.csv', import.meta.url).pathname;

/*
 * A hand-made LA 895 around 31 March 2024. Each placement test works its answer out from this list.
 * placementsFixtures/postcodeLookup.csv places (all on longitude -2.44 except LL11 1AA):
 *   CW1 2AA 53.10, CW1 2AB 53.12 (sector CW1 2: mean 53.11), CW1 3AA 53.20 (sector CW1 3: 53.20): E06000049 = 895;
 *   ST5 1AA 53.00, county E10000028 = 860 (district E07000195); SK17 6AA 53.50, county E10000007 = 830;
 *   LL11 1AA 53.05, -3.00: Wales (W06000006); CW1 4ZZ has no grid reference (99.999999) and is left out.
 * On one meridian a degree of latitude is 3958.8 x pi / 180 = 69.094 miles.
 *
 *   P1  U4 PR1 since 2022-05-01; home 'CW1 2' (a sector), placed at CW1 3AA, URN SC100001; 21 miles recorded
 *   P2  U6 PR4 since 2023-01-10; home CW1 2AA, placed at ST5 1AA, URN 1000002
 *   P3  U4 PR1 from 2021-03-01 (home CW1 2AB), moved 2023-11-01 to K2 PR4 at SK17 6AA, URN SC100003; 27 recorded
 *   P4  UASC (details: UASC until 2025-06-01); K3 PR4 since 2023-11-01 at CW1 3AA, URN 2000004; 150 recorded; no home
 *   P5  U1 PR1 (family and friends) since 2020-02-01; home 'CW1 2', placed at CW2 9ZZ (not in the lookup); URN
 *       SC100001; 3.5 recorded
 *   P6  P1 PR0 (with parents) since 2023-06-01 at home, CW1 2AA; a URN SC100001 recorded, which P1 has none of
 *   P7  U6 PR1 from 2022-01-01 (no postcodes), moved 2023-12-01 to A6 PR1 at the sector 'CW1 3'; no URN, no distance
 *   P8  a short break (V3) from 2024-03-01                                              -> in no figure
 *   P9  U4 with no provider recorded since 2023-02-01; home CW1 2AA, placed at LL11 1AA (Wales); URN XXXXXXX
 *   P10 K2 PR4 at SK17 6AA (URN SC100003) from 2023-06-01; ceased 2024-03-31             -> not looked after on 31 March
 *   P11 U6 PR1 from 2023-04-01 (home CW1 2AA, placed at CW1 2AB, URN SC100001); moved ON 31 March 2024 to R1 PR3
 *       with no postcode and 20 miles recorded
 *   P12 U4 PR1 since 2023-01-01 (home CW1 2AA, placed at CW1 2AB, URN SC100012); a move 2024-02-01 to K2 PR4 at
 *       SK17 6AA (URN SC100003, 40 recorded) was retracted on 2024-02-10: it never happened
 */
export function placementsLa(): CaseEvent[] {
  const children: ChildHistory[] = [];
  const child = (id: string, sex: 'M' | 'F', dob: string, uasc?: { until: string }) => {
    const history = new ChildHistory(PLACEMENTS_LA, id);
    history.details({ sex, dob, ...(uasc ? { uasc: true, uascCeased: uasc.until } : {}) }, dob);
    children.push(history);
    return history;
  };

  child('P1', 'F', '2012-01-01').startCare('2022-05-01', { ls: 'C2', place: 'U4', provider: 'PR1', homePostcode: 'CW1 2', postcode: 'CW1 3AA', urn: 'SC100001', distanceMiles: 21 });
  child('P2', 'M', '2011-02-02').startCare('2023-01-10', { ls: 'C2', place: 'U6', provider: 'PR4', homePostcode: 'CW1 2AA', postcode: 'ST5 1AA', urn: '1000002' });
  const p3 = child('P3', 'F', '2008-03-03');
  p3.startCare('2021-03-01', { ls: 'C2', place: 'U4', provider: 'PR1', homePostcode: 'CW1 2AB', postcode: 'CW1 3AA', urn: 'SC100001' });
  p3.move('2023-11-01', { place: 'K2', provider: 'PR4', postcode: 'SK17 6AA', urn: 'SC100003', distanceMiles: 27, reason: 'CREQB' });
  child('P4', 'M', '2007-06-01', { until: '2025-06-01' }).startCare('2023-11-01', { ls: 'V2', cin: 'N8', place: 'K3', provider: 'PR4', postcode: 'CW1 3AA', urn: '2000004', distanceMiles: 150 });
  child('P5', 'F', '2015-05-05').startCare('2020-02-01', { ls: 'C2', place: 'U1', provider: 'PR1', homePostcode: 'CW1 2', postcode: 'CW2 9ZZ', urn: 'SC100001', distanceMiles: 3.5 });
  child('P6', 'M', '2016-06-06').startCare('2023-06-01', { ls: 'C2', place: 'P1', provider: 'PR0', homePostcode: 'CW1 2AA', postcode: 'CW1 2AA', urn: 'SC100001' });
  const p7 = child('P7', 'F', '2020-07-07');
  p7.startCare('2022-01-01', { ls: 'C2', place: 'U6', provider: 'PR1' });
  p7.move('2023-12-01', { place: 'A6', provider: 'PR1', postcode: 'CW1 3', reason: 'CARPL' });
  child('P8', 'M', '2014-08-08').startCare('2024-03-01', { ls: 'V3', cin: 'N2', place: 'U6', provider: 'PR1', homePostcode: 'CW1 2AA', postcode: 'SK17 6AA' });
  child('P9', 'M', '2010-09-09').startCare('2023-02-01', { ls: 'C2', place: 'U4', homePostcode: 'CW1 2AA', postcode: 'LL11 1AA', urn: 'XXXXXXX' });
  const p10 = child('P10', 'F', '2012-10-10');
  p10.startCare('2023-06-01', { ls: 'C2', place: 'K2', provider: 'PR4', homePostcode: 'CW1 2AA', postcode: 'SK17 6AA', urn: 'SC100003' });
  p10.endCare('2024-03-31', 'E4A');
  const p11 = child('P11', 'M', '2009-11-11');
  p11.startCare('2023-04-01', { ls: 'C2', place: 'U6', provider: 'PR1', homePostcode: 'CW1 2AA', postcode: 'CW1 2AB', urn: 'SC100001' });
  p11.move('2024-03-31', { place: 'R1', provider: 'PR3', distanceMiles: 20, reason: 'CARPL' });
  const p12 = child('P12', 'F', '2013-12-12');
  p12.startCare('2023-01-01', { ls: 'C2', place: 'U4', provider: 'PR1', homePostcode: 'CW1 2AA', postcode: 'CW1 2AB', urn: 'SC100012' });
  const wrongMove = p12.move('2024-02-01', { place: 'K2', provider: 'PR4', postcode: 'SK17 6AA', urn: 'SC100003', distanceMiles: 40, reason: 'CREQB' });
  p12.retract(wrongMove, '2024-02-10');
  return children.flatMap((h) => h.events);
}
