export { EpisodeSpec, foldInBatches, projectionSnapshot, type EpisodeRow, type WhenOptions } from './testing/episodeSpec';
export { withProjections } from './testing/withProjections';
