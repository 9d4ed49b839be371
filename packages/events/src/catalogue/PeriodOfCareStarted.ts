import { codeField, postcodeField } from '../fields';
import { defineEventType, noRules } from './define';
import { placementCodedFields, placementFields, placementPayload, type PlacementInput } from './placement';

export const PeriodOfCareStarted = defineEventType({
  type: 'PeriodOfCareStarted',
  kind: 'fact',
  description: 'The child started to be looked after: legal status, category of need, first placement. Opens a 903 episode with RNE S.',
  payload: placementFields.extend({
    legalStatus: codeField.describe('903 LS'),
    categoryOfNeed: codeField.describe('903 CIN'),
    homePostcode: postcodeField.optional().describe('903 HOME_POST'),
  }).strict(),
  // Listed in the order errors are reported, which is the order they were reported in before the catalogue.
  codedFields: { legalStatus: 'legalStatus', categoryOfNeed: 'categoryOfNeed', ...placementCodedFields },
  consistency: noRules,
  effect: 'a new episode with RNE `S`',
  build(input: { ls: string; cin?: string; homePostcode?: string } & PlacementInput) {
    return {
      legalStatus: input.ls, categoryOfNeed: input.cin ?? 'N1', ...placementPayload(input),
      ...(input.homePostcode ? { homePostcode: input.homePostcode } : {}),
    };
  },
});
