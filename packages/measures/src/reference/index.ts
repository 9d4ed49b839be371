export * from './measureReference';
export * from './ofstedJudgements';
export * from './onsLaCodes';
export * from './postcodeLookup';
export * from './postcodes';
