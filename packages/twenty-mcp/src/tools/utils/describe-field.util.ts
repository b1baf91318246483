import {
  FieldMetadataType,
  SYSTEM_FIELD_NAMES,
} from '@twenty-mcp/twenty-layout';

import { isIntegerNumberField } from '../../domain/workspace/utils/is-integer-number-field.util';

import {
  FILTER_OPERATORS,
  type FilterOperatorFamily,
} from '../../domain/records/constants/filter-operator-families.const';
import { type ObjectAccess } from '../../domain/permissions/types/object-access.type';
import { type FieldSchema } from '../../domain/workspace/types/workspace-schema.type';

export type FieldDescriptor = {
  name: string;
  type: string;
  label: string;
  description?: string;
  nullable: boolean;
  writable: boolean;
  requiredOnCreate?: true;
  integer?: true;
  values?: { value: string; label: string }[];
  relation?: {
    kind: 'many-to-one' | 'one-to-many';
    object: string;
    idField?: string;
  };
  // `targets` of notes and tasks: the objects it may link to.
  targetObjects?: string[];
  // sub-field → operators, for composite fields
  subFields?: Record<string, readonly string[]>;
  operators?: readonly string[];
  sortable: boolean;
};

const FAMILY_BY_TYPE: Partial<Record<FieldMetadataType, FilterOperatorFamily>> =
  {
    [FieldMetadataType.TEXT]: 'text',
    [FieldMetadataType.RICH_TEXT]: 'text',
    [FieldMetadataType.NUMBER]: 'ordered',
    [FieldMetadataType.NUMERIC]: 'ordered',
    [FieldMetadataType.DATE]: 'ordered',
    [FieldMetadataType.DATE_TIME]: 'ordered',
    [FieldMetadataType.RATING]: 'ordered',
    [FieldMetadataType.UUID]: 'equality',
    [FieldMetadataType.SELECT]: 'equality',
    [FieldMetadataType.BOOLEAN]: 'equality',
    [FieldMetadataType.MULTI_SELECT]: 'multiSelect',
    [FieldMetadataType.ARRAY]: 'array',
    [FieldMetadataType.RAW_JSON]: 'json',
    [FieldMetadataType.FILES]: 'json',
  };

// API sub-fields of composite types and their operator families. CURRENCY
// shows `amount` in currency units; RICH_TEXT is a plain markdown string.
const COMPOSITE_SUB_FIELDS: Partial<
  Record<FieldMetadataType, Record<string, FilterOperatorFamily>>
> = {
  [FieldMetadataType.FULL_NAME]: { firstName: 'text', lastName: 'text' },
  [FieldMetadataType.EMAILS]: {
    primaryEmail: 'text',
    additionalEmails: 'json',
  },
  [FieldMetadataType.PHONES]: {
    primaryPhoneNumber: 'text',
    primaryPhoneCountryCode: 'text',
    primaryPhoneCallingCode: 'text',
    additionalPhones: 'json',
  },
  [FieldMetadataType.LINKS]: {
    primaryLinkUrl: 'text',
    primaryLinkLabel: 'text',
    secondaryLinks: 'json',
  },
  [FieldMetadataType.CURRENCY]: { amount: 'ordered', currencyCode: 'text' },
  [FieldMetadataType.ADDRESS]: {
    addressStreet1: 'text',
    addressStreet2: 'text',
    addressCity: 'text',
    addressPostcode: 'text',
    addressState: 'text',
    addressCountry: 'text',
    addressLat: 'ordered',
    addressLng: 'ordered',
  },
  [FieldMetadataType.ACTOR]: {
    source: 'equality',
    workspaceMemberId: 'equality',
    name: 'text',
  },
};

const READ_ONLY_TYPES = new Set([
  FieldMetadataType.ACTOR,
  FieldMetadataType.FILES,
]);
const READ_ONLY_FIELDS: ReadonlySet<string> = new Set(SYSTEM_FIELD_NAMES);

// One field as describe_object tells a model about it: what it holds, how to
// filter and sort it, whether this principal may write it.
export const describeField = (
  field: FieldSchema,
  access: ObjectAccess,
): FieldDescriptor => {
  const relation = field.relation;
  const subFields = COMPOSITE_SUB_FIELDS[field.type];
  const family =
    relation?.direction === 'MANY_TO_ONE'
      ? 'equality'
      : FAMILY_BY_TYPE[field.type];
  const writable =
    access.updatableFieldNames.has(field.name) &&
    !READ_ONLY_FIELDS.has(field.name) &&
    !READ_ONLY_TYPES.has(field.type) &&
    relation?.direction !== 'ONE_TO_MANY';
  const descriptor: FieldDescriptor = {
    name: field.name,
    type: field.type,
    label: field.label,
    nullable: field.isNullable,
    writable,
    sortable:
      !relation &&
      (family === 'text' ||
        family === 'ordered' ||
        family === 'equality' ||
        subFields !== undefined),
  };

  if (field.description) {
    descriptor.description = field.description;
  }

  if (writable && !field.isNullable && field.defaultValue === null) {
    descriptor.requiredOnCreate = true;
  }

  if (field.type === FieldMetadataType.NUMBER && isIntegerNumberField(field)) {
    descriptor.integer = true;
  }

  if (field.options?.length) {
    descriptor.values = [...field.options]
      .sort((a, b) => a.position - b.position)
      .map(({ value, label }) => ({ value, label }));
  }

  if (relation) {
    descriptor.relation = {
      kind:
        relation.direction === 'MANY_TO_ONE' ? 'many-to-one' : 'one-to-many',
      object: relation.targetObjectName,
      ...(relation.joinColumnName ? { idField: relation.joinColumnName } : {}),
    };
  }

  if (subFields) {
    descriptor.subFields = Object.fromEntries(
      Object.entries(subFields).map(([name, subFamily]) => [
        name,
        FILTER_OPERATORS[subFamily],
      ]),
    );
  } else if (family && relation?.direction !== 'ONE_TO_MANY') {
    descriptor.operators = FILTER_OPERATORS[family];
  }

  return descriptor;
};
