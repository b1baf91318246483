import { v5 as uuidV5 } from 'uuid';

// Name-based (v5) uuids keep every id a seed produces stable across runs.
// Twenty derives its standard universal identifiers the same way.
export const deterministicUuid = (namespace: string, ...parts: string[]) =>
  uuidV5(parts.join(':'), namespace);
