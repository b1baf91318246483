export type ParsedTwentyUri =
  | { kind: 'object'; workspaceId: string; objectName: string }
  | {
      kind: 'record';
      workspaceId: string;
      objectName: string;
      recordId: string;
    };

const OBJECT_URI =
  /^twenty:\/\/workspace\/([0-9a-f-]{36})\/objects\/([A-Za-z0-9_]+)$/;
const RECORD_URI =
  /^twenty:\/\/workspace\/([0-9a-f-]{36})\/records\/([A-Za-z0-9_]+)\/([0-9a-f-]{36})$/;

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
