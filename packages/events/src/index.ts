export * from './caseEvents';
export type { EventValidation, FieldError } from './validation';
export * from './codec';
export * from './upgrades';
export * from './storage';
export * from './jsonSchemas';
export * from './ndjson';
export * from './chronology';
export { CATALOGUE, FACTS, CORRECTIONS, defineEventType, type Catalogue, type EventTypeDefinition, type PayloadIssue, type RuleContext } from './catalogue';
