import { getFieldLeaves } from '../../../domain/records/utils/get-field-leaves.util';
import { type ObjectSchema } from '../../../domain/workspace/types/workspace-schema.type';
import { formatLeafPath } from '../../../services/records/utils/format-leaf-path.util';
import { type FenceRule } from '../types/fence-rule.type';

// The fence rule of an aggregate result: group keys of text leaves (`name`,
// `name.firstName`, `address.addressCity`) are record text. Metric values
// are numbers, dates or counts; other keys typed values.
export const buildAggregateResultFenceRule = (
  object: ObjectSchema,
): FenceRule => {
  const textKeys = object.fields
    .flatMap((field) => getFieldLeaves(field))
    .filter((leaf) => leaf.kind === 'TEXT')
    .map((leaf): [string, FenceRule] => [formatLeafPath(leaf), 'text']);

  return {
    properties: {
      groups: {
        items: {
          properties: { key: { properties: Object.fromEntries(textKeys) } },
        },
      },
    },
  };
};
