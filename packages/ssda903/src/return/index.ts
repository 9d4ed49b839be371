export * from './port';
export * from './scope';
export * from './cohorts';
export * from './select';
export * from './returnIssues';
export * from './careLeavers';
export * from './earlierEpisodes';
export * from './selectReturn';
