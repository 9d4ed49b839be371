export * from './ssda903Tables';
export * from './annualReturn';
export * from './returnsHttp';
