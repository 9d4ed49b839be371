export * from './projectionStore';
export { PROJECTION_DDL, PROJECTION_SCHEMA_HASH, PROJECTION_TABLES, DERIVE_STEPS } from './projectionSchema';
export { deriveOrder } from './deriveOrder';
export { factViewName, factViewSql } from './factViews';
