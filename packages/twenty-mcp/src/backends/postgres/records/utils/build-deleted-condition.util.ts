import { type DeletedMode } from '../../../../domain/records/types/deleted-mode.type';

export const buildDeletedCondition = (deleted: DeletedMode): string | null =>
  deleted === 'exclude'
    ? '"deletedAt" IS NULL'
    : deleted === 'only'
      ? '"deletedAt" IS NOT NULL'
      : null;
