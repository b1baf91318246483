import { z } from 'zod';

import { canonicalizeJson } from '../../domain/values/utils/canonicalize-json.util';
import { sha256Hex } from '../../domain/values/utils/sha256-hex.util';
import { type ObjectAccess } from '../../domain/permissions/types/object-access.type';
import { type ApiRecord } from '../../domain/records/types/api-record.type';
import { type CreateRecordsRequest } from '../../domain/records/types/records-requests.type';
import { QUERY_LIMITS } from '../../domain/records/constants/query-limits.const';
import { COMPACT_OUTPUT_SCHEMAS } from '../constants/compact-output-schemas.const';
import { buildRecordsResultFenceRule } from '../fence/utils/build-records-result-fence-rule.util';
import { TOOL_HINTS } from '../constants/tool-annotations.const';
import { type ToolBuildEnvironment } from '../types/tool-build-environment.type';
import { type ToolCallContext } from '../types/tool-call-context.type';
import { type ToolDefinition } from '../types/tool-definition.type';
import { buildArgsParser } from '../utils/build-args-parser.util';
import { describeActivityTargetsUsage } from '../utils/describe-activity-targets-usage.util';
import { indexObjectsByName } from '../utils/index-objects-by-name.util';
import { objectNameArg } from '../utils/object-name-arg.util';
import { recordLinks } from '../utils/record-links.util';
import { toInputJsonSchema } from '../utils/to-input-json-schema.util';

const records = <Item extends z.ZodType>(item: Item) =>
  z.array(item).min(1).max(QUERY_LIMITS.maxBatchSize);

// Field values are checked by RecordsService against the model.
const buildCreateArgsSchema = (objects: ToolBuildEnvironment['objects']) =>
  z.strictObject({
    object: objectNameArg(objects),
    records: records(z.looseObject({})),
    idempotencyKey: z
      .string()
      .regex(/^[\x21-\x7e]{1,255}$/)
      .optional()
      .describe(
        'Any unique string of 1 to 255 printable ASCII characters without spaces (e.g. a UUID) that makes a retry safe: a second call with the same key and the same arguments returns the records the first one created and creates nothing; the same key with other arguments is refused. Send it when you may retry (after a timeout or a lost connection).',
      ),
  });

const buildUpdateArgsSchema = (objects: ToolBuildEnvironment['objects']) =>
  z.strictObject({
    object: objectNameArg(objects),
    records: records(
      z
        .looseObject({ id: z.guid() })
        .refine((record) => Object.keys(record).length >= 2, {
          message: 'must NOT have fewer than 2 properties',
        })
        .meta({ minProperties: 2 }),
    ),
  });

type CreateArgs = z.output<ReturnType<typeof buildCreateArgsSchema>>;

// The key is the credential's own; the hash covers what the call would
// write (object and records), not the key itself.
const idempotencyOf = (
  args: { object: string; records: unknown[]; idempotencyKey?: string },
  { principal }: ToolCallContext,
): Pick<CreateRecordsRequest, 'idempotency'> =>
  args.idempotencyKey === undefined
    ? {}
    : {
        idempotency: {
          credentialId: principal.credentialId,
          key: args.idempotencyKey,
          argumentsHash: sha256Hex(
            canonicalizeJson({ object: args.object, records: args.records }),
          ),
        },
      };
type UpdateArgs = z.output<ReturnType<typeof buildUpdateArgsSchema>>;

type WriteSpec<Args extends { records: unknown[] }> = {
  argsSchema: z.ZodType<Args>;
  write: (
    context: ToolCallContext,
    request: Omit<CreateRecordsRequest, 'records'> & Pick<Args, 'records'>,
  ) => Promise<ApiRecord[]>;
};

// create_records and update_records: a batch of records of one object,
// written in one transaction. Null when no object allows the operation.
export const buildWriteTool = (
  env: ToolBuildEnvironment,
  kind: 'create' | 'update',
): ToolDefinition<CreateArgs> | ToolDefinition<UpdateArgs> | null => {
  const allowed = (access: ObjectAccess) =>
    kind === 'create' ? access.canCreate : access.canUpdate;
  const objects = env.objects.filter((object) =>
    allowed(env.permissions.objects.get(object.nameSingular)!),
  );

  if (objects.length === 0) {
    return null;
  }

  return kind === 'create'
    ? build(env, objects, kind, {
        argsSchema: buildCreateArgsSchema(objects),
        write: (context, request) =>
          context.records.create(context.access, request),
      })
    : build(env, objects, kind, {
        argsSchema: buildUpdateArgsSchema(objects),
        write: (context, request) =>
          context.records.update(context.access, request),
      });
};

const build = <Args extends { object: string; records: unknown[] }>(
  env: ToolBuildEnvironment,
  objects: ToolBuildEnvironment['objects'],
  kind: 'create' | 'update',
  { argsSchema, write }: WriteSpec<Args>,
): ToolDefinition<Args> => {
  const isCreate = kind === 'create';
  const title = isCreate ? 'Create records' : 'Update records';
  const objectNamed = indexObjectsByName(objects);

  return {
    name: isCreate ? 'create_records' : 'update_records',
    title,
    description:
      (isCreate
        ? `Creates up to ${QUERY_LIMITS.maxBatchSize} records of one object in one transaction (all or nothing) and returns them. Fields, allowed values and required fields: describe_object. Relations are set with their id field (e.g. companyId).`
        : `Updates up to ${QUERY_LIMITS.maxBatchSize} records of one object in one transaction (all or nothing): each entry has the record's id and only the fields to change; composite fields change only the sub-fields given. Returns the updated records.`) +
      describeActivityTargetsUsage({ ...env, objects }, 'write'),
    inputSchema: toInputJsonSchema(argsSchema),
    outputSchema: {
      type: 'object',
      properties: {
        object: { type: 'string' },
        records: { type: 'array', items: COMPACT_OUTPUT_SCHEMAS.record },
      },
      required: ['object', 'records'],
    },
    annotations: {
      title,
      ...(isCreate ? TOOL_HINTS.create : TOOL_HINTS.update),
    },
    parseArgs: buildArgsParser(argsSchema),
    handler: async (args, context) => {
      const objectName = args.object;
      const object = objectNamed(objectName);
      const written = await write(context, {
        objectName,
        records: args.records,
        ...idempotencyOf(args, context),
        signal: context.signal,
        onProgress: (written: number, total: number) =>
          context.reportProgress(
            written,
            total,
            `${written} of ${total} ${object.labelPlural.toLowerCase()} written`,
          ),
      });

      return {
        structuredContent: { object: objectName, records: written },
        links: recordLinks(env.workspace.workspaceId, object, written),
        fence: buildRecordsResultFenceRule(object, env.workspace),
      };
    },
  };
};
