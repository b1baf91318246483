import { z } from 'zod';

import { TOOL_HINTS } from '../constants/tool-annotations.const';
import { type ToolBuildEnvironment } from '../types/tool-build-environment.type';
import { type ToolDefinition } from '../types/tool-definition.type';
import { buildArgsParser } from '../utils/build-args-parser.util';
import { toInputJsonSchema } from '../utils/to-input-json-schema.util';

const LIST_OBJECTS_ARGS_SCHEMA = z.strictObject({});

export const LIST_OBJECTS_TOOL_NAME = 'list_objects';

const OPERATIONS = [
  'read',
  'create',
  'update',
  'delete',
  'restore',
  'destroy',
] as const;

const EXAMPLE_OBJECT_NAMES = ['person', 'company', 'opportunity'];

// Examples only among the objects the caller can use: naming one it cannot
// read would reveal that it exists.
const describeExamples = (objects: ToolBuildEnvironment['objects']) => {
  const labels = EXAMPLE_OBJECT_NAMES.flatMap((name) =>
    objects
      .filter((object) => object.nameSingular === name)
      .map((object) => object.labelPlural.toLowerCase()),
  );

  return labels.length === 0
    ? 'standard ones'
    : `standard ones such as ${labels.length === 1 ? labels[0] : `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`}`;
};

export const buildListObjectsTool = ({
  workspace,
  permissions,
  objects,
}: ToolBuildEnvironment): ToolDefinition<Record<string, never>> => ({
  name: LIST_OBJECTS_TOOL_NAME,
  title: 'List objects',
  description: `Lists the kinds of records (objects) you can use in the Twenty CRM workspace "${workspace.workspaceName}" — ${describeExamples(objects)}, and the workspace's custom objects — with what you may do with each. Start here.`,
  inputSchema: toInputJsonSchema(LIST_OBJECTS_ARGS_SCHEMA),
  outputSchema: {
    type: 'object',
    properties: {
      workspace: { type: 'string' },
      objects: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            name: { type: 'string' },
            namePlural: { type: 'string' },
            label: { type: 'string' },
            labelPlural: { type: 'string' },
            description: { type: ['string', 'null'] },
            isCustom: { type: 'boolean' },
            searchable: { type: 'boolean' },
            labelField: { type: ['string', 'null'] },
            operations: {
              type: 'array',
              items: { type: 'string', enum: [...OPERATIONS] },
            },
          },
          required: [
            'name',
            'namePlural',
            'label',
            'labelPlural',
            'isCustom',
            'operations',
          ],
        },
      },
    },
    required: ['workspace', 'objects'],
  },
  annotations: { title: 'List objects', ...TOOL_HINTS.read },
  parseArgs: buildArgsParser(LIST_OBJECTS_ARGS_SCHEMA),
  handler: async () => ({
    structuredContent: {
      workspace: workspace.workspaceName,
      objects: objects.map((object) => {
        const access = permissions.objects.get(object.nameSingular)!;
        const allowed = {
          read: access.canRead,
          create: access.canCreate,
          update: access.canUpdate,
          delete: access.canSoftDelete,
          restore: access.canSoftDelete,
          destroy: access.canDestroy,
        };

        return {
          name: object.nameSingular,
          namePlural: object.namePlural,
          label: object.labelSingular,
          labelPlural: object.labelPlural,
          description: object.description,
          isCustom: object.isCustom,
          searchable: object.isSearchable,
          labelField: object.labelIdentifierFieldName,
          operations: OPERATIONS.filter((operation) => allowed[operation]),
        };
      }),
    },
  }),
});
