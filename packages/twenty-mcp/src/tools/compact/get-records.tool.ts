import { COMPACT_SCHEMAS } from '../constants/compact-schemas.const';
import { TOOL_HINTS } from '../constants/tool-annotations.const';
import { type ToolBuildEnvironment } from '../types/tool-build-environment.type';
import { type ToolDefinition } from '../types/tool-definition.type';
import { objectNameSchema } from '../utils/object-name-schema.util';
import { recordLinks } from '../utils/record-links.util';
import { requireToolObject } from '../utils/require-tool-object.util';

export const GET_RECORDS_TOOL_NAME = 'get_records';

export const buildGetRecordsTool = ({
  workspace,
  objects,
}: ToolBuildEnvironment): ToolDefinition => ({
  name: GET_RECORDS_TOOL_NAME,
  title: 'Get records by id',
  description:
    'Reads records of one object by id, with optional field selection and relation expansion. Ids that match nothing are listed in missingIds.',
  inputSchema: {
    type: 'object',
    properties: {
      object: objectNameSchema(objects),
      ids: COMPACT_SCHEMAS.ids,
      fields: COMPACT_SCHEMAS.fields,
      expand: COMPACT_SCHEMAS.expand,
      deleted: COMPACT_SCHEMAS.deleted,
    },
    required: ['object', 'ids'],
    additionalProperties: false,
  },
  outputSchema: {
    type: 'object',
    properties: {
      object: { type: 'string' },
      records: { type: 'array', items: COMPACT_SCHEMAS.record },
      missingIds: { type: 'array', items: { type: 'string' } },
    },
    required: ['object', 'records', 'missingIds'],
  },
  annotations: { title: 'Get records by id', ...TOOL_HINTS.read },
  handler: async (args, context) => {
    const object = requireToolObject(context, args.object);
    const ids = args.ids as string[];
    const records = await context.records.getByIds(context.access, {
      objectName: object.nameSingular,
      ids,
      fields: args.fields as string[] | undefined,
      expand: args.expand as string[] | undefined,
      deleted: args.deleted as 'exclude' | 'include' | 'only' | undefined,
    });
    const found = new Set(records.map((record) => record.id));

    return {
      structuredContent: {
        object: object.nameSingular,
        records,
        missingIds: ids.filter((id) => !found.has(id)),
      },
      links: recordLinks(workspace.workspaceId, object, records),
    };
  },
});
