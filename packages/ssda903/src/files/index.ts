export * from './csv';
export * from './folder';
export * from './fs';
export * from './identify';
export * from './reading';
export * from './xml';
export * from './encoding';
