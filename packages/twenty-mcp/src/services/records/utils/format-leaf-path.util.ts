import { type FieldLeaf } from '../../../domain/records/types/field-leaf.type';
import { getFieldApiKey } from '../../../domain/workspace/utils/get-field-api-key.util';

// `stage`, `name.lastName`, `companyId`
export const formatLeafPath = (leaf: FieldLeaf): string =>
  leaf.subField
    ? `${getFieldApiKey(leaf.field)}.${leaf.subField}`
    : getFieldApiKey(leaf.field);
