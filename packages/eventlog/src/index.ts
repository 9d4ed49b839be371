export * from './port';
export * from './embedded';
// The contract suite imports vitest, so it is exported separately: '@careledger/eventlog/contract'.
