export * from './redisConnection';
export * from './runStore';
export * from './nightlyScheduler';
export * from './recomputeWorker';
export * from './schedulerHttp';
