export * from './publishedTable';
export * from './statisticalNeighbours';
export * from './publishedSources';
export * from './comparatorMapping';
export * from './comparatorTables';
export * from './comparators';
export * from './shippedTables';
