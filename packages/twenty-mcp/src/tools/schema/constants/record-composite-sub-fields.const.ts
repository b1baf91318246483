import { ACTOR_SOURCES, FieldMetadataType } from '@twenty-mcp/twenty-layout';

import { type RecordSubField } from '../types/record-sub-field.type';
import { CURRENCY_CODE_PATTERN } from './currency-code-pattern.const';

const text = (name: string, description?: string): RecordSubField => ({
  name,
  kind: 'text',
  ...(description ? { description } : {}),
});

// A JSON sub-field holding a list of small objects (additional phones,
// secondary links); writes must name `required` in each item.
const objectList = (
  name: string,
  keys: string[],
  required: string,
): RecordSubField => {
  const properties = Object.fromEntries(
    keys.map((key) => [key, { type: 'string' as const }]),
  );

  return {
    name,
    kind: 'json',
    isAdditionalValues: true,
    value: { type: 'array', items: { type: 'object', properties } },
    inputValue: {
      type: 'array',
      items: {
        type: 'object',
        properties,
        required: [required],
        additionalProperties: false,
      },
    },
  };
};

// Sub-fields of each composite type in the record format, in the order
// docs/record-format.md lists them. RICH_TEXT is not here: it reads and
// writes as one markdown string.
export const RECORD_COMPOSITE_SUB_FIELDS: Readonly<
  Partial<Record<FieldMetadataType, readonly RecordSubField[]>>
> = {
  [FieldMetadataType.FULL_NAME]: [text('firstName'), text('lastName')],
  [FieldMetadataType.EMAILS]: [
    text('primaryEmail'),
    {
      name: 'additionalEmails',
      kind: 'json',
      isAdditionalValues: true,
      value: { type: 'array', items: { type: 'string' } },
    },
  ],
  [FieldMetadataType.PHONES]: [
    text('primaryPhoneNumber'),
    text('primaryPhoneCountryCode', 'ISO 3166-1 alpha-2, e.g. FR'),
    text('primaryPhoneCallingCode', 'e.g. +33'),
    objectList(
      'additionalPhones',
      ['number', 'countryCode', 'callingCode'],
      'number',
    ),
  ],
  [FieldMetadataType.LINKS]: [
    text('primaryLinkUrl'),
    text('primaryLinkLabel'),
    objectList('secondaryLinks', ['url', 'label'], 'url'),
  ],
  [FieldMetadataType.CURRENCY]: [
    {
      name: 'amount',
      kind: 'number',
      description: 'In currency units (1250.5 = 1,250.50), not micros',
    },
    {
      name: 'currencyCode',
      kind: 'text',
      description: 'ISO 4217, e.g. USD',
      inputValue: { type: 'string', pattern: CURRENCY_CODE_PATTERN },
    },
  ],
  [FieldMetadataType.ADDRESS]: [
    text('addressStreet1'),
    text('addressStreet2'),
    text('addressCity'),
    text('addressPostcode'),
    text('addressState'),
    text('addressCountry'),
    { name: 'addressLat', kind: 'number' },
    { name: 'addressLng', kind: 'number' },
  ],
  [FieldMetadataType.ACTOR]: [
    {
      name: 'source',
      kind: 'select',
      options: ACTOR_SOURCES,
      isRequired: true,
    },
    { name: 'workspaceMemberId', kind: 'uuid' },
    { name: 'name', kind: 'text', isRequired: true },
  ],
};
