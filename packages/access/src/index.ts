export * from './apiToken';
export * from './tokenStore';
export * from './auditLog';
export * from './guard';
