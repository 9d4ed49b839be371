export * from './csv';
export * from './folder';
export * from './fs';
export * from './xml';
