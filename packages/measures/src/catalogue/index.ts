export * from './periods';
export * from './defineMeasure';
export * from './cohorts';
export * from './computeMeasure';
export * from './registry';
