import { childrenInCareRateChart } from './childrenInCareRate';
import { missingChart } from './missing';
import { placementMixChart } from './placementMix';
import { reviewsInTimescaleChart } from './reviewsInTimescale';
import type { TrendChart } from './trendChart';

export const TREND_CHARTS: readonly TrendChart[] = [childrenInCareRateChart, reviewsInTimescaleChart, missingChart, placementMixChart];
