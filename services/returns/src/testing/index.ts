export * from './returnSpec';
