export * from './views/registry';
export * from './publication';
export * from './session';
export * from './resultFormats';
export * from './viewExport';
