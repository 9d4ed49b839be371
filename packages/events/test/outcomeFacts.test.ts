import { describe, expect, it } from 'vitest';
import { validateCaseEvent } from '../src';
import { ChildHistory } from '../src/testing';

/** Each new fact's own rules, on payloads a case system could send. */
function errorsOf(type: string, payload: unknown, on = '2025-02-01'): string[] {
  const child = new ChildHistory('990', 'OF1');
  const event = { ...child.record('ReviewHeld', on, { participation: 'PN1' }), type, payload };
  const result = validateCaseEvent(event);
  return result.ok ? [] : result.errors.map((e) => `${e.field}: ${e.reason}`);
}

describe('the OC2, OC3, adoption, permanence and social worker facts', () => {
  it('take an SDQ score or a reason, never both or neither', () => {
    expect(errorsOf('SdqRecorded', { score: 17 })).toEqual([]);
    expect(errorsOf('SdqRecorded', { reasonNotCompleted: 'SDQ2' })).toEqual([]);
    expect(errorsOf('SdqRecorded', { score: 41 })).toHaveLength(1);
    expect(errorsOf('SdqRecorded', { score: 12, reasonNotCompleted: 'SDQ4' })[0]).toContain('payload.reasonNotCompleted');
    expect(errorsOf('SdqRecorded', {})[0]).toContain('payload.score');
    expect(errorsOf('SdqRecorded', { reasonNotCompleted: 'SDQ9' })[0]).toContain('not a sdqReason code');
  });

  it('ask whether an intervention was refused only when none was received (rules 158, 159)', () => {
    expect(errorsOf('SubstanceMisuseIdentified', { interventionReceived: true })).toEqual([]);
    expect(errorsOf('SubstanceMisuseIdentified', { interventionReceived: false, interventionOfferedButRefused: true })).toEqual([]);
    expect(errorsOf('SubstanceMisuseIdentified', { interventionReceived: true, interventionOfferedButRefused: false })[0]).toContain('rule 158');
    expect(errorsOf('SubstanceMisuseIdentified', { interventionReceived: false })[0]).toContain('rule 159');
  });

  it('keep a care leaver\'s activity and accommodation consistent with being in touch (rules 344, 345)', () => {
    expect(errorsOf('CareLeaverContactRecorded', { inTouch: 'YES', activity: 'F5', accommodation: 'U1' })).toEqual([]);
    expect(errorsOf('CareLeaverContactRecorded', { inTouch: 'DIED', activity: '0', accommodation: '0' })).toEqual([]);
    expect(errorsOf('CareLeaverContactRecorded', { inTouch: 'RHOM', activity: 'G5', accommodation: 'B1' })).toHaveLength(2);
    expect(errorsOf('CareLeaverContactRecorded', { inTouch: 'YES', activity: '0', accommodation: 'U1' })[0]).toContain('rule 345');
    // F3 left the activity list in 2021/22.
    expect(errorsOf('CareLeaverContactRecorded', { inTouch: 'YES', activity: 'F3', accommodation: 'U1' })[0]).toContain('not valid after 2021-03-31');
    expect(errorsOf('CareLeaverContactRecorded', { inTouch: 'YES', activity: 'F3', accommodation: 'U1' }, '2020-06-01')).toEqual([]);
  });

  it('describe the adopters as one household (rules 511, 514, 517-520, 524)', () => {
    const match = (n: number, sex: string, status: string) => errorsOf('AdopterMatched', { numberOfAdopters: n, adoptersSex: sex, adoptersLegalStatus: status, fosterCarersAdopting: false });
    expect(match(2, 'MF', 'L11')).toEqual([]);
    expect(match(2, 'FF', 'L12')).toEqual([]);
    expect(match(2, 'MM', 'L4')).toEqual([]);
    expect(match(1, 'F1', 'L0')).toEqual([]);
    expect(match(2, 'F1', 'L11').join()).toContain('rule 511');
    expect(match(2, 'MF', 'L0').join()).toContain('rule 514');
    expect(match(2, 'MM', 'L3').join()).toContain('rules 517, 520');
    expect(match(2, 'MF', 'L12').join()).toContain('rules 518, 524');
    expect(match(3, 'MF', 'L11')).toHaveLength(1);
  });

  it('give no LA or date of an order for a child who had none (rules 633, 635)', () => {
    expect(errorsOf('PreviousPermanenceRecorded', { previousPermanence: 'P1', laOfPermanence: 'WAL', dateOfPermanence: '2018-03-01' })).toEqual([]);
    expect(errorsOf('PreviousPermanenceRecorded', { previousPermanence: 'Z1' })).toEqual([]);
    expect(errorsOf('PreviousPermanenceRecorded', { previousPermanence: 'Z1', laOfPermanence: '883' })[0]).toContain('rule 635');
    expect(errorsOf('PreviousPermanenceRecorded', { previousPermanence: 'P2', laOfPermanence: 'XYZ' })[0]).toContain('rule 633');
  });

  it('take a date of the order known only in part, never after the fact, and name a malformed one (rules 630, 632)', () => {
    // Recorded on 1 February 2025 (errorsOf's date).
    expect(errorsOf('PreviousPermanenceRecorded', { previousPermanence: 'P4', laOfPermanence: '999', dateOfPermanence: 'ZZZZ-ZZ-ZZ' })).toEqual([]);
    expect(errorsOf('PreviousPermanenceRecorded', { previousPermanence: 'P2', laOfPermanence: '883', dateOfPermanence: '2019-06-ZZ' })).toEqual([]);
    // February 2025 may be 1 February; an unknown year could be any.
    expect(errorsOf('PreviousPermanenceRecorded', { previousPermanence: 'P2', laOfPermanence: '883', dateOfPermanence: '2025-02-ZZ' })).toEqual([]);
    expect(errorsOf('PreviousPermanenceRecorded', { previousPermanence: 'P2', laOfPermanence: '883', dateOfPermanence: 'ZZZZ-12-31' })).toEqual([]);
    expect(errorsOf('PreviousPermanenceRecorded', { previousPermanence: 'P2', laOfPermanence: '883', dateOfPermanence: '2025-03-ZZ' }))
      .toEqual(["payload.dateOfPermanence: the order's date 2025-03-ZZ is after the fact's date 2025-02-01"]);
    expect(errorsOf('PreviousPermanenceRecorded', { previousPermanence: 'P1', laOfPermanence: '883', dateOfPermanence: '2025-02-02' }))
      .toEqual(["payload.dateOfPermanence: the order's date 2025-02-02 is after the fact's date 2025-02-01"]);
    const malformed = 'payload.dateOfPermanence: must be a date YYYY-MM-DD, with ZZ for an unknown day or month and ZZZZ for an unknown year (2019-06-ZZ, ZZZZ-ZZ-ZZ)';
    // The file's spelling, part of a part unknown, lower case, a day no month has.
    for (const date of ['ZZ/06/2019', '2019-06-Z1', '2019-06-zz', 'ZZZZ-04-31']) {
      expect(errorsOf('PreviousPermanenceRecorded', { previousPermanence: 'P2', laOfPermanence: '883', dateOfPermanence: date }), date).toEqual([malformed]);
    }
  });

  it('check a replacement\'s date of the order against the replacement\'s own date', () => {
    const child = new ChildHistory('990', 'OF2');
    const wrong = child.record('PreviousPermanenceRecorded', '2019-05-01', { previousPermanence: 'Z1' });
    const replaced = child.replace(wrong, '2025-02-01', { type: 'PreviousPermanenceRecorded', occurredAt: '2019-05-01', payload: { previousPermanence: 'P2', laOfPermanence: '883', dateOfPermanence: '2019-06-ZZ' } });
    const result = validateCaseEvent(replaced);
    expect(result.ok ? [] : result.errors).toEqual([
      { field: 'payload.replacement.payload.dateOfPermanence', reason: "the order's date 2019-06-ZZ is after the fact's date 2019-05-01" },
    ]);
  });

  it('take social worker ids beginning SW or XX (rule SW02STG1)', () => {
    expect(errorsOf('SocialWorkerAllocated', { socialWorkerId: 'SW0042', reason: 'LEFTRL' })).toEqual([]);
    expect(errorsOf('SocialWorkerAllocated', { socialWorkerId: 'XX1', reason: 'OTHERS' })).toEqual([]);
    expect(errorsOf('SocialWorkerAllocated', { socialWorkerId: 'AB0042', reason: 'LEFTRL' })[0]).toContain('SW02STG1');
    expect(errorsOf('SocialWorkerAllocated', { socialWorkerId: 'SW0042', reason: 'PCCHAN ' })).toHaveLength(1);
  });

  it('take an adoption decision as a date alone, and its reversal with a reason', () => {
    expect(errorsOf('AdoptionDecisionMade', {})).toEqual([]);
    expect(errorsOf('AdoptionDecisionMade', { date: '2024-01-01' })).toHaveLength(1);
    expect(errorsOf('AdoptionDecisionReversed', { reason: 'RD2' })).toEqual([]);
    expect(errorsOf('AdoptionDecisionReversed', { reason: 'RD5' })).toHaveLength(1);
  });
});
