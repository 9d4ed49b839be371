export * from './ddl';
export { DERIVE_DIRTY_CHILDREN } from './deriveSql';
export * from './projectionStore';
