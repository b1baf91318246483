import { QUERY_LIMITS } from '../../domain/records/constants/query-limits.const';
import { type ObjectAccess } from '../../domain/permissions/types/object-access.type';
import { COMPACT_SCHEMAS } from '../constants/compact-schemas.const';
import { TOOL_HINTS } from '../constants/tool-annotations.const';
import { type ToolBuildEnvironment } from '../types/tool-build-environment.type';
import { type ToolDefinition } from '../types/tool-definition.type';
import { describeActivityTargetsUsage } from '../utils/describe-activity-targets-usage.util';
import { objectNameSchema } from '../utils/object-name-schema.util';
import { recordLinks } from '../utils/record-links.util';
import { requireToolObject } from '../utils/require-tool-object.util';

// create_records and update_records: a batch of records of one object,
// written in one transaction. Null when no object allows the operation.
export const buildWriteTool = (
  env: ToolBuildEnvironment,
  kind: 'create' | 'update',
): ToolDefinition | null => {
  const allowed = (access: ObjectAccess) =>
    kind === 'create' ? access.canCreate : access.canUpdate;
  const objects = env.objects.filter((object) =>
    allowed(env.permissions.objects.get(object.nameSingular)!),
  );

  if (objects.length === 0) {
    return null;
  }

  const isCreate = kind === 'create';
  const title = isCreate ? 'Create records' : 'Update records';

  return {
    name: isCreate ? 'create_records' : 'update_records',
    title,
    description:
      (isCreate
        ? `Creates up to ${QUERY_LIMITS.maxBatchSize} records of one object in one transaction (all or nothing) and returns them. Fields, allowed values and required fields: describe_object. Relations are set with their id field (e.g. companyId).`
        : `Updates up to ${QUERY_LIMITS.maxBatchSize} records of one object in one transaction (all or nothing): each entry has the record's id and only the fields to change; composite fields change only the sub-fields given. Returns the updated records.`) +
      describeActivityTargetsUsage({ ...env, objects }, 'write'),
    inputSchema: {
      type: 'object',
      properties: {
        object: objectNameSchema(objects),
        records: {
          type: 'array',
          minItems: 1,
          maxItems: QUERY_LIMITS.maxBatchSize,
          items: isCreate
            ? { type: 'object' }
            : {
                type: 'object',
                properties: { id: { type: 'string', format: 'uuid' } },
                required: ['id'],
                minProperties: 2,
              },
        },
      },
      required: ['object', 'records'],
      additionalProperties: false,
    },
    outputSchema: {
      type: 'object',
      properties: {
        object: { type: 'string' },
        records: { type: 'array', items: COMPACT_SCHEMAS.record },
      },
      required: ['object', 'records'],
    },
    annotations: {
      title,
      ...(isCreate ? TOOL_HINTS.create : TOOL_HINTS.update),
    },
    handler: async (args, context) => {
      const object = requireToolObject(context, args.object);
      const request = {
        objectName: object.nameSingular,
        records: args.records as never,
        signal: context.signal,
        onProgress: (written: number, total: number) =>
          context.reportProgress(
            written,
            total,
            `${written} of ${total} ${object.labelPlural.toLowerCase()} written`,
          ),
      };
      const records = isCreate
        ? await context.records.create(context.access, request)
        : await context.records.update(context.access, request);

      return {
        structuredContent: { object: object.nameSingular, records },
        links: recordLinks(env.workspace.workspaceId, object, records),
      };
    },
  };
};
