import { z } from 'zod';
import { codeField, postcodeField, urnField } from '../fields';

/** The placement a child is in: shared by the start of care and a placement change. */
export const placementFields = z.object({
  placementType: codeField.describe('903 PLACE'),
  placementProvider: codeField.optional().describe('903 PLACE_PROVIDER'),
  placementPostcode: postcodeField.optional().describe('903 PL_POST'),
  urn: urnField.optional().describe('903 URN of the placement provider'),
});

export const placementCodedFields = { placementType: 'placementType', placementProvider: 'placementProvider' } as const;

export interface PlacementInput {
  readonly place: string;
  readonly provider?: string;
  readonly postcode?: string;
  readonly urn?: string;
}

export function placementPayload(input: PlacementInput) {
  return {
    placementType: input.place,
    ...(input.provider ? { placementProvider: input.provider } : {}),
    ...(input.postcode ? { placementPostcode: input.postcode } : {}),
    ...(input.urn ? { urn: input.urn } : {}),
  };
}
