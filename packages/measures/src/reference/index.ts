export * from './measureReference';
export * from './ofstedJudgements';
export { DFE_LA_CODE_OF_ONS_CODE } from '@careledger/ssda903';
export * from './postcodeLookup';
export * from './postcodes';
