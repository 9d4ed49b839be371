import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  CATALOGUE, caseEventSchema, CORRECTIONS, EVENT_DESCRIPTIONS, EVENT_TYPES, eventSchemas, FACT_EVENT_TYPES, FACTS,
  generatedSchemaFiles, payloadColumns, payloadJsonShape, payloadSchemas, eventCatalogueTable, type CaseEvent, type EventType, type FactEventType,
} from '../src';
import { ChildHistory } from '../src/testing';

describe('the event catalogue', () => {
  it('lists every registry entry, facts then corrections, each under its own type name', () => {
    expect(EVENT_TYPES).toEqual([...Object.keys(FACTS), ...Object.keys(CORRECTIONS)]);
    expect(FACT_EVENT_TYPES).toEqual(Object.keys(FACTS));
    for (const type of EVENT_TYPES) {
      expect(CATALOGUE[type].type).toBe(type);
      expect(CATALOGUE[type].kind).toBe((FACT_EVENT_TYPES as string[]).includes(type) ? 'fact' : 'correction');
      expect(EVENT_DESCRIPTIONS[type]).toBe(CATALOGUE[type].description);
    }
  });

  it('derives the event union from the registry: one option per type, each with the type\'s payload', () => {
    expect(caseEventSchema.options.map((option) => option.shape.type.value)).toEqual(EVENT_TYPES);
    expect(Object.keys(eventSchemas)).toEqual(EVENT_TYPES);
    for (const type of EVENT_TYPES) expect(eventSchemas[type].shape.payload).toBe(CATALOGUE[type].payload);
    expect(Object.keys(payloadSchemas)).toEqual(EVENT_TYPES.filter((t) => t !== 'EventReplaced'));
  });

  it('derives the replacement union from every fact type, and only those', () => {
    const replacement = CATALOGUE.EventReplaced.payload.shape.replacement;
    expect(replacement.options.map((option) => option.shape.type.value)).toEqual(FACT_EVENT_TYPES);
    for (const option of replacement.options) expect(option.shape.payload).toBe(FACTS[option.shape.type.value].payload);
  });

  it('keeps CaseEvent discriminated on type', () => {
    const describeEvent = (event: CaseEvent): string => {
      switch (event.type) {
        case 'ReviewHeld': return event.payload.participation ?? 'not recorded';
        case 'EventReplaced': return event.payload.replacement.type;
        default: return event.type;
      }
    };
    const child = new ChildHistory('990', 'D1');
    expect(describeEvent(child.review('2024-01-01', 'PN2'))).toBe('PN2');
  });

  it('names a code list for every coded field, and only fields of the payload', () => {
    for (const type of EVENT_TYPES) {
      const fields = Object.keys(CATALOGUE[type].payload.shape);
      for (const field of Object.keys(CATALOGUE[type].codedFields)) expect(fields).toContain(field);
    }
    expect(CATALOGUE.PlacementChanged.codedFields).toEqual({ placementType: 'placementType', placementProvider: 'placementProvider', reasonForChange: 'reasonPlaceChange' });
  });

  it('has a builder for every type whose payload is valid', () => {
    const child = new ChildHistory('990', 'D2');
    const inputs: { readonly [T in EventType]: Parameters<(typeof CATALOGUE)[T]['build']>[0] } = {
      ChildDetailsRecorded: { dob: '2015-01-01' },
      PeriodOfCareStarted: { ls: 'C1', place: 'U4' },
      PlacementChanged: { place: 'K2' },
      LegalStatusChanged: { ls: 'C2' },
      PeriodOfCareEnded: { reasonCeased: 'E11' },
      ReviewHeld: { participation: 'PN1' },
      MissingEpisodeStarted: { id: 'm1' },
      MissingEpisodeEnded: { id: 'm1' },
      HealthCheckCompleted: { check: 'dental_check' },
      InitialHealthAssessmentRequested: undefined,
      InitialHealthAssessmentCompleted: undefined,
      ImmunisationsReviewed: { upToDate: true },
      SdqRecorded: { score: 14 },
      OffenceRecorded: {},
      SubstanceMisuseIdentified: { received: false, refused: true },
      CareLeaverContactRecorded: {},
      AdoptionDecisionMade: undefined,
      AdoptionDecisionReversed: { reason: 'RD3' },
      AdopterMatched: { fosterCarers: true },
      PreviousPermanenceRecorded: { previousPermanence: 'P2', la: '883', date: '2019-05-01' },
      SocialWorkerAllocated: { socialWorkerId: 'SW1234' },
      PlacementReclassified: { place: 'K3' },
      DeprivationOfLibertyOrderMade: { id: 'd1' },
      DeprivationOfLibertyOrderEnded: { id: 'd1' },
      EventRetracted: { targetEventId: '00000000-0000-4000-8000-000000000000' },
      EventReplaced: { targetEventId: '00000000-0000-4000-8000-000000000000', replacement: { type: 'ReviewHeld', occurredAt: '2024-01-01', payload: { participation: 'PN3' } } },
    };
    for (const type of EVENT_TYPES) {
      const event = child.record(type, '2024-02-01', inputs[type] as never);
      expect(caseEventSchema.safeParse(event).success, type).toBe(true);
    }
  });

  it('describes how each fact\'s payload is stored, from its schema', () => {
    expect(payloadColumns('ChildDetailsRecorded')).toEqual([
      { field: 'sex', column: 'sex', sqlType: 'VARCHAR' },
      { field: 'dateOfBirth', column: 'date_of_birth', sqlType: 'DATE' },
      { field: 'ethnicity', column: 'ethnicity', sqlType: 'VARCHAR' },
      { field: 'upn', column: 'upn', sqlType: 'VARCHAR' },
      { field: 'isMother', column: 'is_mother', sqlType: 'BOOLEAN' },
      { field: 'childsDateOfBirth', column: 'childs_date_of_birth', sqlType: 'DATE' },
      { field: 'uasc', column: 'uasc', sqlType: 'BOOLEAN' },
      { field: 'uascCeasedDate', column: 'uasc_ceased_date', sqlType: 'DATE' },
    ]);
    expect(payloadColumns('PlacementChanged').map((c) => `${c.column} ${c.sqlType}`)).toEqual([
      'placement_type VARCHAR', 'placement_provider VARCHAR', 'placement_postcode VARCHAR', 'urn VARCHAR',
      'placement_distance_miles DOUBLE', 'reason_for_change VARCHAR', 'same_carer BOOLEAN',
    ]);
    // A whole number stays INTEGER; only a number that may have decimals (a distance) is DOUBLE.
    expect(payloadColumns('SdqRecorded')).toContainEqual({ field: 'score', column: 'score', sqlType: 'INTEGER' });
    for (const type of FACT_EVENT_TYPES as FactEventType[]) {
      expect(payloadColumns(type).map((c) => c.field)).toEqual(Object.keys(FACTS[type].payload.shape));
    }
  });

  it('derives a JSON Schema per type and a README row per type', () => {
    const files = generatedSchemaFiles();
    for (const type of EVENT_TYPES) {
      const schema = JSON.parse(files.get(`events/${type}.schema.json`)!) as { title: string; description: string };
      expect(schema).toMatchObject({ title: type, description: CATALOGUE[type].description });
    }
    const rows = eventCatalogueTable().split('\n').slice(2);
    expect(rows.map((row) => row.split('`')[1])).toEqual(EVENT_TYPES);
    expect(rows[0]).toContain('`isMother`?');
    expect(rows.at(-1)).toContain(CATALOGUE.EventReplaced.effect);
    expect(z.toJSONSchema(CATALOGUE.ImmunisationsReviewed.payload)).toMatchObject({ required: ['upToDate'] });
    expect(z.toJSONSchema(CATALOGUE.ReviewHeld.payload)).not.toHaveProperty('required');
  });
});

describe('payloadJsonShape', () => {
  it('gives DuckDB from_json the payload fields, dates as text to cast', () => {
    expect(JSON.parse(payloadJsonShape('PlacementChanged'))).toEqual({
      placementType: 'VARCHAR', placementProvider: 'VARCHAR', placementPostcode: 'VARCHAR', urn: 'VARCHAR', placementDistanceMiles: 'DOUBLE',
      reasonForChange: 'VARCHAR', sameCarer: 'BOOLEAN',
    });
    expect(JSON.parse(payloadJsonShape('ChildDetailsRecorded'))).toMatchObject({ dateOfBirth: 'VARCHAR', uasc: 'BOOLEAN' });
  });
});
