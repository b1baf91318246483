import { type StoredRecord } from '../../../../domain/records/types/stored-record.type';

export type RecordDiff = Record<string, { before: unknown; after: unknown }>;

// One record's event, shaped like Twenty's ObjectRecord*Event
// (twenty-shared/database-events): created and restored carry `after`,
// destroyed `before`, updated / deleted / restored `before`, `after`,
// `updatedFields` and `diff`. userId and workspaceMemberId name the writing
// user when the credential speaks for one.
export type ObjectRecordEvent = {
  recordId: string;
  userId?: string;
  workspaceMemberId?: string;
  properties: {
    before?: StoredRecord;
    after?: StoredRecord;
    updatedFields?: string[];
    diff?: RecordDiff;
  };
};
