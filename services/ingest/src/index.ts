export * from './deadLetters';
export * from './contentHash';
export * from './correctionScope';
export * from './batchDecision';
export * from './ingestIndex';
export * from './ingestService';
export * from './ingestHttp';
