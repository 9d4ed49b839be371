export * from './population';
export * from './headlineFigures';
export * from './catalogue';
export * from './comparators';
export * from './reference';
