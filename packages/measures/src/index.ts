export * from './population';
export * from './headlineFigures';
