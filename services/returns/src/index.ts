export * from './annualReturn';
export * from './returnsHttp';
