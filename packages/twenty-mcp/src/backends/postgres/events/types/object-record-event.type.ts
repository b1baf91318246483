import { type StoredRecord } from '../../../../domain/records/types/stored-record.type';

export type RecordDiff = Record<string, { before: unknown; after: unknown }>;

// One record's event, shaped like Twenty's ObjectRecord*Event
// (twenty-shared/database-events): created and restored carry `after`,
// destroyed `before`, updated / deleted / restored `before`, `after`,
// `updatedFields` and `diff`. userId is Twenty's user id, which MCP
// credentials do not carry: it is never set.
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
