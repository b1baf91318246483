import { z } from 'zod';

import { COMPACT_ARG_SCHEMAS } from '../constants/compact-arg-schemas.const';
import { COMPACT_OUTPUT_SCHEMAS } from '../constants/compact-output-schemas.const';
import { buildRecordsResultFenceRule } from '../fence/utils/build-records-result-fence-rule.util';
import { TOOL_HINTS } from '../constants/tool-annotations.const';
import { type ToolBuildEnvironment } from '../types/tool-build-environment.type';
import { type ToolDefinition } from '../types/tool-definition.type';
import { buildArgsParser } from '../utils/build-args-parser.util';
import { indexObjectsByName } from '../utils/index-objects-by-name.util';
import { objectNameArg } from '../utils/object-name-arg.util';
import { recordLinks } from '../utils/record-links.util';
import { toInputJsonSchema } from '../utils/to-input-json-schema.util';

export const GET_RECORDS_TOOL_NAME = 'get_records';

export const buildGetRecordsArgsSchema = (
  objects: ToolBuildEnvironment['objects'],
) =>
  z.strictObject({
    object: objectNameArg(objects),
    ids: COMPACT_ARG_SCHEMAS.ids,
    fields: COMPACT_ARG_SCHEMAS.fields.optional(),
    expand: COMPACT_ARG_SCHEMAS.expand.optional(),
    deleted: COMPACT_ARG_SCHEMAS.deleted,
  });

export type GetRecordsArgs = z.output<
  ReturnType<typeof buildGetRecordsArgsSchema>
>;

export const buildGetRecordsTool = ({
  workspace,
  objects,
}: ToolBuildEnvironment): ToolDefinition<GetRecordsArgs> => {
  const argsSchema = buildGetRecordsArgsSchema(objects);
  const objectNamed = indexObjectsByName(objects);

  return {
    name: GET_RECORDS_TOOL_NAME,
    title: 'Get records by id',
    description:
      'Reads records of one object by id, with optional field selection and relation expansion. Ids that match nothing are listed in missingIds.',
    inputSchema: toInputJsonSchema(argsSchema),
    outputSchema: {
      type: 'object',
      properties: {
        object: { type: 'string' },
        records: { type: 'array', items: COMPACT_OUTPUT_SCHEMAS.record },
        missingIds: { type: 'array', items: { type: 'string' } },
      },
      required: ['object', 'records', 'missingIds'],
    },
    annotations: { title: 'Get records by id', ...TOOL_HINTS.read },
    parseArgs: buildArgsParser(argsSchema),
    handler: async ({ object: objectName, ...request }, context) => {
      const records = await context.records.getByIds(context.access, {
        objectName,
        ...request,
      });
      const found = new Set(records.map((record) => record.id));
      const object = objectNamed(objectName);

      return {
        structuredContent: {
          object: objectName,
          records,
          missingIds: request.ids.filter((id) => !found.has(id.toLowerCase())),
        },
        links: recordLinks(workspace.workspaceId, object, records),
        fence: buildRecordsResultFenceRule(object, workspace),
      };
    },
  };
};
