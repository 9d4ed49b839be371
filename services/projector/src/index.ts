export * from './projector';
export * from './prepare';
export * from './projectionStores';
