export * from './calendarDate';
export * from './errors';
export * from './logger';
export * from './http';
export * from './config';
export * from './canonicalJson';
export * from './workingDays';
