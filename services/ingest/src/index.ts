export * from './deadLetters';
export * from './ingestIndex';
export * from './ingestService';
export * from './ingestHttp';
