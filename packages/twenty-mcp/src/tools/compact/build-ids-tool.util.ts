import { z } from 'zod';

import { type ObjectAccess } from '../../domain/permissions/types/object-access.type';
import { canonicalIds } from '../../services/confirmations/utils/canonical-ids.util';
import { COMPACT_ARG_SCHEMAS } from '../constants/compact-arg-schemas.const';
import {
  CONFIRMATION_PREVIEW_PROPERTIES,
  CONFIRMATION_PREVIEW_REQUIRED,
} from '../constants/confirmation-output-schema.const';
import { TOOL_HINTS } from '../constants/tool-annotations.const';
import { type ToolBuildEnvironment } from '../types/tool-build-environment.type';
import { type ToolCallContext } from '../types/tool-call-context.type';
import { type ToolDefinition } from '../types/tool-definition.type';
import { buildArgsParser } from '../utils/build-args-parser.util';
import { buildConfirmationElicitation } from '../utils/build-confirmation-elicitation.util';
import { describeConfirmationStep } from '../utils/describe-confirmation-step.util';
import { objectNameArg } from '../utils/object-name-arg.util';
import { previewIdsOperation } from '../utils/preview-ids-operation.util';
import { runTwoPhase } from '../utils/run-two-phase.util';
import { toInputJsonSchema } from '../utils/to-input-json-schema.util';
import { IDS_PREVIEW_FENCE_RULE } from '../fence/constants/ids-preview-fence-rule.const';

type IdsOperation = 'delete' | 'restore' | 'destroy';

const buildIdsArgsSchema = (objects: ToolBuildEnvironment['objects']) =>
  z.strictObject({
    object: objectNameArg(objects),
    ids: COMPACT_ARG_SCHEMAS.ids,
    // Accepted by delete and destroy only (restore's schema omits it).
    confirmationToken: z
      .string()
      .max(100)
      .optional()
      .describe(
        'Only to confirm a preview: the confirmationToken it returned, sent with exactly the same object and ids after the user agreed.',
      ),
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

  const fullSchema = buildIdsArgsSchema(objects);
  const argsSchema =
    operation === 'restore'
      ? fullSchema.omit({ confirmationToken: true })
      : fullSchema;
  const changedProperties = {
    object: { type: 'string' },
    ids: {
      type: 'array',
      items: { type: 'string' },
      description: 'Ids that changed.',
    },
    unchangedIds: { type: 'array', items: { type: 'string' } },
  };

  // The change itself, once confirmed where that is needed.
  const run = async (
    { object: objectName, ids }: IdsArgs,
    context: ToolCallContext,
  ) => {
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
  };

  if (operation === 'restore') {
    return {
      name: spec.name,
      title: spec.title,
      description: spec.description,
      inputSchema: toInputJsonSchema(argsSchema),
      outputSchema: {
        type: 'object',
        properties: changedProperties,
        required: ['object', 'ids', 'unchangedIds'],
      },
      annotations: { title: spec.title, ...TOOL_HINTS[operation] },
      parseArgs: buildArgsParser(argsSchema),
      handler: run,
    };
  }

  return {
    name: spec.name,
    title: spec.title,
    description: `${spec.description} ${describeConfirmationStep(operation, env.confirmations)}`,
    inputSchema: toInputJsonSchema(argsSchema),
    // Either the change, or (first phase) a preview that changed nothing.
    outputSchema: {
      type: 'object',
      properties: { ...changedProperties, ...CONFIRMATION_PREVIEW_PROPERTIES },
      required: ['object'],
      anyOf: [
        { required: ['ids', 'unchangedIds'] },
        { required: CONFIRMATION_PREVIEW_REQUIRED },
      ],
    },
    annotations: { title: spec.title, ...TOOL_HINTS[operation] },
    parseArgs: buildArgsParser(argsSchema),
    handler: async (args, context) => {
      if (
        operation === 'delete' &&
        args.ids.length <= env.confirmations.softDeleteThreshold
      ) {
        return run(args, context);
      }

      const confirmable = {
        tool: spec.name,
        objectName: args.object,
        arguments: { ids: canonicalIds(args.ids) },
      };

      return runTwoPhase({
        context,
        confirmable,
        confirmationToken: args.confirmationToken,
        execute: () => run(args, context),
        preview: async () => {
          const preview = await previewIdsOperation({
            env,
            context,
            object: objects.find(
              (candidate) => candidate.nameSingular === args.object,
            )!,
            ids: args.ids,
            operation,
            confirmable,
          });

          if (!preview) {
            // Nothing would change: nothing to confirm.
            return {
              structuredContent: {
                object: args.object,
                ids: [],
                unchangedIds: args.ids,
              },
            };
          }

          return context.elicitation
            ? buildConfirmationElicitation(preview)
            : { structuredContent: preview, fence: IDS_PREVIEW_FENCE_RULE };
        },
      });
    },
  };
};
