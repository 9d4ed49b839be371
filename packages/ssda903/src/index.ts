export * from './codeLists';
export * from './collectionYear';
export * from './tables';
export * from './csv';
export * from './codingByYear';
export * from './derive';
