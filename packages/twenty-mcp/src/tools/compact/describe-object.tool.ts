import { z } from 'zod';

import { TOOL_HINTS } from '../constants/tool-annotations.const';
import { type ToolBuildEnvironment } from '../types/tool-build-environment.type';
import { type ToolDefinition } from '../types/tool-definition.type';
import { buildObjectDescription } from '../utils/build-object-description.util';
import { buildArgsParser } from '../utils/build-args-parser.util';
import { indexObjectsByName } from '../utils/index-objects-by-name.util';
import { objectNameArg } from '../utils/object-name-arg.util';
import { toInputJsonSchema } from '../utils/to-input-json-schema.util';

export const DESCRIBE_OBJECT_TOOL_NAME = 'describe_object';

type DescribeObjectArgs = { object: string };

export const buildDescribeObjectTool = ({
  objects,
}: ToolBuildEnvironment): ToolDefinition<DescribeObjectArgs> => {
  const argsSchema = z.strictObject({ object: objectNameArg(objects) });
  const objectNamed = indexObjectsByName(objects);

  return {
    name: DESCRIBE_OBJECT_TOOL_NAME,
    title: 'Describe an object',
    description:
      'Describes one object: every field you can see with its type, label, allowed values, whether you may write it or must give it on create, how it relates to other objects, and the filter operators and sorting it supports. Call it before filtering, sorting or writing an object for the first time.',
    inputSchema: toInputJsonSchema(argsSchema),
    outputSchema: {
      type: 'object',
      properties: {
        name: { type: 'string' },
        namePlural: { type: 'string' },
        label: { type: 'string' },
        description: { type: ['string', 'null'] },
        labelField: { type: ['string', 'null'] },
        fields: {
          type: 'array',
          items: {
            type: 'object',
            required: [
              'name',
              'type',
              'label',
              'nullable',
              'writable',
              'sortable',
            ],
          },
        },
        conventions: { type: 'array', items: { type: 'string' } },
      },
      required: ['name', 'namePlural', 'label', 'fields', 'conventions'],
    },
    annotations: { title: 'Describe an object', ...TOOL_HINTS.read },
    parseArgs: buildArgsParser(argsSchema),
    handler: async (args, context) => {
      const object = objectNamed(args.object);
      const access = context.access.permissions.objects.get(
        object.nameSingular,
      )!;

      return { structuredContent: buildObjectDescription(object, access) };
    },
  };
};
