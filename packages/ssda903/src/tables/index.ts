export * from './registry';
export * from './mapping';
export * from './column';
export * from './table';
export type { HeaderRow } from './header';
export type { EpisodeRow } from './episodes';
export type { ReviewRow } from './reviews';
export type { MissingRow } from './missing';
export type { UascRow } from './uasc';
