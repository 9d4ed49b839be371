export * from './codeLists';
export * from './collectionYear';
export * from './laCode';
export * from './tables';
export * from './codingByYear';
export * from './derive';
export * from './return';
export * from './files';
