export * from './port';
export * from './errors';
export * from './replayConsumer';
export { InMemoryEventLog, InMemoryLogStorage, partitionOfKey, type InMemoryEventLogOptions } from './inMemoryEventLog';
// Adapters live in their own packages (@careledger/eventlog-embedded, @careledger/eventlog-kafka) and are never
// re-exported here. The contract suite imports vitest, so it is exported separately: '@careledger/eventlog/contract'.
