export * from './validationTables';
export * from './ruleFile';
export * from './ruleRegistry';
export * from './returnAsWritten';
export * from './referenceData';
export * from './validateReturn';
export * from './outputs/validationOutputs';
export * from './checkChildren';
