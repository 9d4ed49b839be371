import { z } from 'zod';
import { codeField, postcodeField, urnField } from '../fields';

/** The placement a child is in: shared by the start of care and a placement change. */
export const placementFields = z.object({
  placementType: codeField.describe('903 PLACE'),
  placementProvider: codeField.optional().describe('903 PLACE_PROVIDER'),
  placementPostcode: postcodeField.optional().describe('903 PL_POST'),
  urn: urnField.optional().describe('903 URN of the placement provider'),
  // Not a 903 field: councils without a postcode lookup report placement distance from what the case system holds.
  placementDistanceMiles: z.number().min(0).max(1000).optional()
    .describe('Distance in miles from the home postcode to the placement, as the case system recorded it (not a 903 field; used when no postcode lookup is supplied)'),
});

export const placementCodedFields = { placementType: 'placementType', placementProvider: 'placementProvider' } as const;

export interface PlacementInput {
  readonly place: string;
  readonly provider?: string;
  readonly postcode?: string;
  readonly urn?: string;
  readonly distanceMiles?: number;
}

export function placementPayload(input: PlacementInput) {
  return {
    placementType: input.place,
    ...(input.provider ? { placementProvider: input.provider } : {}),
    ...(input.postcode ? { placementPostcode: input.postcode } : {}),
    ...(input.urn ? { urn: input.urn } : {}),
    ...(input.distanceMiles !== undefined ? { placementDistanceMiles: input.distanceMiles } : {}),
  };
}
