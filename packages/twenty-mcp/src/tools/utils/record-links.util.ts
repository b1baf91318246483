import { type ApiRecord } from '../../domain/records/types/api-record.type';
import { type ObjectSchema } from '../../domain/workspace/types/workspace-schema.type';
import { buildRecordUri } from '../../domain/records/utils/build-record-uri.util';
import { type ToolResult } from '../types/tool-result.type';
import { recordLabel } from '../../domain/records/utils/record-label.util';

const MAX_LINKS = 20;

// resource_link blocks let a client open any returned record as a resource.
export const recordLinks = (
  workspaceId: string,
  object: ObjectSchema,
  records: ApiRecord[],
): NonNullable<ToolResult['links']> =>
  records.slice(0, MAX_LINKS).map((record) => ({
    uri: buildRecordUri({
      workspaceId,
      objectName: object.nameSingular,
      recordId: record.id,
    }),
    name: `${object.nameSingular}/${record.id}`,
    title: recordLabel(object, record) ?? undefined,
  }));
