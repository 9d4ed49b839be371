export * from './caseEvents';
export * from './validation';
export * from './jsonSchemas';
export * from './ndjson';
export * from './chronology';
