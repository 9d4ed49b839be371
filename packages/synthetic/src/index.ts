export { generateHistory, generateRegion, regionHistories, regionLaCode, splitOffLastDay, toNdjson, type RegionOptions, type SyntheticHistory, type SyntheticOptions } from './history';
export { POPULATION_HEADER } from './population';
