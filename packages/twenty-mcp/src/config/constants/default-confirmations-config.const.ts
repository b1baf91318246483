import { type ConfirmationsConfig } from '../types/confirmations-config.type';

// Five minutes is long enough for a user to read a preview and answer, and
// short enough that a token found later in a transcript is useless. Ten
// ids: a trash move is undone with restore_records, so small deletes run at
// once and only bulk ones (the mistake worth a round trip) ask.
export const DEFAULT_CONFIRMATIONS_CONFIG: ConfirmationsConfig = {
  ttlSeconds: 300,
  softDeleteThreshold: 10,
};
