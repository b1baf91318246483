import { type DATE_GRANULARITIES } from '../constants/date-granularities.const';

export type DateGranularity = (typeof DATE_GRANULARITIES)[number];
