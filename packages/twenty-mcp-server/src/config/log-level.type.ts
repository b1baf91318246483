import { type LOG_LEVELS } from './log-levels.const';

export type LogLevel = (typeof LOG_LEVELS)[number];
