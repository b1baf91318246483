import { z } from 'zod';

import { type ObjectAccess } from '../../domain/permissions/types/object-access.type';
import { COMPACT_ARG_SCHEMAS } from '../constants/compact-arg-schemas.const';
import { TOOL_HINTS } from '../constants/tool-annotations.const';
import { type ToolBuildEnvironment } from '../types/tool-build-environment.type';
import { type ToolDefinition } from '../types/tool-definition.type';
import { buildArgsParser } from '../utils/build-args-parser.util';
import { objectNameArg } from '../utils/object-name-arg.util';
import { toInputJsonSchema } from '../utils/to-input-json-schema.util';

type IdsOperation = 'delete' | 'restore' | 'destroy';

const buildIdsArgsSchema = (objects: ToolBuildEnvironment['objects']) =>
  z.strictObject({
    object: objectNameArg(objects),
    ids: COMPACT_ARG_SCHEMAS.ids,
  });

export type IdsArgs = z.output<ReturnType<typeof buildIdsArgsSchema>>;

const SPEC: Record<
  IdsOperation,
  {
    name: string;
    title: string;
    description: string;
    allowed: (access: ObjectAccess) => boolean;
  }
> = {
  delete: {
    name: 'delete_records',
    title: 'Delete records',
    description:
      'Moves records to the trash (soft delete). They disappear from finds but can be brought back with restore_records. Ids already deleted or unknown are listed in unchangedIds.',
    allowed: (access) => access.canSoftDelete,
  },
  restore: {
    name: 'restore_records',
    title: 'Restore records',
    description:
      'Brings records back from the trash. Ids not in the trash are listed in unchangedIds.',
    allowed: (access) => access.canSoftDelete,
  },
  destroy: {
    name: 'destroy_records',
    title: 'Destroy records permanently',
    description:
      'Permanently removes records and cannot be undone; prefer delete_records. Only do this when the user explicitly asks to erase data for good.',
    allowed: (access) => access.canDestroy,
  },
};

// delete_records, restore_records, destroy_records: an operation on ids.
export const buildIdsTool = (
  env: ToolBuildEnvironment,
  operation: IdsOperation,
): ToolDefinition<IdsArgs> | null => {
  const spec = SPEC[operation];
  const objects = env.objects.filter((object) =>
    spec.allowed(env.permissions.objects.get(object.nameSingular)!),
  );

  if (objects.length === 0) {
    return null;
  }

  const argsSchema = buildIdsArgsSchema(objects);

  return {
    name: spec.name,
    title: spec.title,
    description: spec.description,
    inputSchema: toInputJsonSchema(argsSchema),
    outputSchema: {
      type: 'object',
      properties: {
        object: { type: 'string' },
        ids: {
          type: 'array',
          items: { type: 'string' },
          description: 'Ids that changed.',
        },
        unchangedIds: { type: 'array', items: { type: 'string' } },
      },
      required: ['object', 'ids', 'unchangedIds'],
    },
    annotations: { title: spec.title, ...TOOL_HINTS[operation] },
    parseArgs: buildArgsParser(argsSchema),
    handler: async ({ object: objectName, ids }, context) => {
      const request = { objectName, ids };
      const changed =
        operation === 'delete'
          ? await context.records.softDelete(context.access, request)
          : operation === 'restore'
            ? await context.records.restore(context.access, request)
            : await context.records.destroy(context.access, request);
      const changedSet = new Set(changed);

      return {
        structuredContent: {
          object: objectName,
          ids: changed,
          unchangedIds: ids.filter((id) => !changedSet.has(id.toLowerCase())),
        },
      };
    },
  };
};
