export * from './asKnownOn';
export * from './annualReturn';
export * from './returnsHttp';
export * from './measureReports';
export * from './measuresHttp';
export * from './measureFigures';
export * from './committeeReport';
export * from './reportsHttp';
