import { FieldMetadataType } from '@twenty-mcp/twenty-layout';

import { type FieldLeaf } from '../../../domain/records/types/field-leaf.type';
import { type LeafUsage } from '../types/leaf-usage.type';
import { type QueryTarget } from '../../../domain/records/types/query-target.type';
import { findReadableField } from '../../../domain/workspace/utils/find-readable-field.util';
import { formatNameList } from '../../../domain/exceptions/utils/format-name-list.util';
import { getFieldLeaves } from '../../../domain/records/utils/get-field-leaves.util';
import { invalidArgument } from '../../../domain/exceptions/utils/invalid-argument.util';
import { isCompositeLeafField } from '../../../domain/workspace/utils/is-composite-leaf-field.util';
import { listReadableFieldKeys } from '../../../domain/workspace/utils/list-readable-field-keys.util';

// API key (+ sub-field) → the leaf, or an INVALID_ARGUMENT naming what the
// caller could use instead.
export const resolveFieldLeaf = (
  target: QueryTarget,
  key: string,
  subField: string | null | undefined,
  usage: LeafUsage,
): FieldLeaf => {
  const { object } = target;
  const field = findReadableField(target, key);
  const usableLeaves = field
    ? getFieldLeaves(field).filter(usage.isUsable)
    : [];

  if (!field || usableLeaves.length === 0) {
    const allowed = listReadableFieldKeys(target, (candidate) =>
      getFieldLeaves(candidate).some(usage.isUsable),
    );

    throw invalidArgument(
      `Unknown field "${key}" on ${object.nameSingular}. Fields you can ${usage.verb}: ${formatNameList(allowed)}`,
    );
  }

  if (!isCompositeLeafField(field)) {
    // `{ terms: { markdown: … } }` is Twenty's spelling for rich text.
    const isMarkdown =
      field.type === FieldMetadataType.RICH_TEXT && subField === 'markdown';

    if (subField && !isMarkdown) {
      throw invalidArgument(`"${key}" has no sub-fields; use it directly`);
    }

    return usableLeaves[0];
  }

  const subFieldNames = usableLeaves.map((leaf) => leaf.subField ?? '');

  if (!subField) {
    throw invalidArgument(
      `"${key}" is a composite field; name one of its sub-fields you can ${usage.verb}: ${formatNameList(subFieldNames)}`,
    );
  }

  const leaf = usableLeaves.find(
    (candidate) => candidate.subField === subField,
  );

  if (!leaf) {
    throw invalidArgument(
      `Unknown sub-field "${subField}" of "${key}". Sub-fields you can ${usage.verb}: ${formatNameList(subFieldNames)}`,
    );
  }

  return leaf;
};
