import { FieldMetadataType } from '@twenty-mcp/twenty-layout';

import { type FilterConditionNode } from '../../../domain/records/types/filter-node.type';
import { type FilterParseState } from '../types/filter-parse-state.type';
import { type LeafUsage } from '../types/leaf-usage.type';
import { findReadableField } from '../../../domain/workspace/utils/find-readable-field.util';
import { invalidArgument } from '../../../domain/exceptions/utils/invalid-argument.util';
import { isCompositeLeafField } from '../../../domain/workspace/utils/is-composite-leaf-field.util';
import { isPlainObject } from '../../../domain/values/utils/is-plain-object.util';
import { parseOperatorConditions } from './parse-operator-conditions.util';
import { resolveFieldLeaf } from './resolve-field-leaf.util';

const FILTER_USAGE: LeafUsage = { verb: 'filter by', isUsable: () => true };

// `{ "stage": { "in": […] } }` or, for composites, one level deeper:
// `{ "name": { "lastName": { "eq": "Chen" } } }`.
export const parseFieldFilter = (
  key: string,
  value: unknown,
  state: FilterParseState,
): FilterConditionNode[] => {
  const field = findReadableField(state.target, key);

  if (!field || !isCompositeLeafField(field)) {
    // Twenty spells rich-text filters `{ terms: { markdown: { ilike } } }`.
    const unwrapped =
      field?.type === FieldMetadataType.RICH_TEXT &&
      isPlainObject(value) &&
      isPlainObject(value.markdown) &&
      Object.keys(value).length === 1
        ? value.markdown
        : value;

    return parseOperatorConditions(
      resolveFieldLeaf(state.target, key, null, FILTER_USAGE),
      unwrapped,
      state,
    );
  }

  if (!isPlainObject(value) || Object.keys(value).length === 0) {
    // Let the resolver produce the "name one of its sub-fields" message.
    resolveFieldLeaf(state.target, key, null, FILTER_USAGE);
    throw invalidArgument(`Filter "${key}" must be an object`);
  }

  return Object.entries(value).flatMap(([subField, operators]) =>
    parseOperatorConditions(
      resolveFieldLeaf(state.target, key, subField, FILTER_USAGE),
      operators,
      state,
    ),
  );
};
