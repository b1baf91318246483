export type ParsedTwentyUri =
  | { kind: 'object'; workspaceId: string; objectName: string }
  | {
      kind: 'record';
      workspaceId: string;
      objectName: string;
      recordId: string;
    };

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
// A malformed id is "not found" like a missing record, never a query error.
const OBJECT_URI = new RegExp(
  `^twenty://workspace/(${UUID})/objects/([A-Za-z0-9_]+)$`,
);
const RECORD_URI = new RegExp(
  `^twenty://workspace/(${UUID})/records/([A-Za-z0-9_]+)/(${UUID})$`,
);

export const parseTwentyUri = (uri: string): ParsedTwentyUri | null => {
  const object = OBJECT_URI.exec(uri);

  if (object) {
    return { kind: 'object', workspaceId: object[1], objectName: object[2] };
  }

  const record = RECORD_URI.exec(uri);

  return record
    ? {
        kind: 'record',
        workspaceId: record[1],
        objectName: record[2],
        recordId: record[3],
      }
    : null;
};
