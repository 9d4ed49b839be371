export * from './periods';
export * from './defineMeasure';
export * from './cohorts';
export * from './computeMeasure';
export * from './registry';
export * from './computeOverPeriods';
export * from './computeCatalogue';
export * from './parsePeriod';
