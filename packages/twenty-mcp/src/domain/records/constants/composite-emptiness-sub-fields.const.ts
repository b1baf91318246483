import { FieldMetadataType } from '@twenty-mcp/twenty-layout';

// A composite value is empty when all these (API) sub-fields are empty:
// a currency code without an amount, or a calling code without a number,
// is still nothing.
export const COMPOSITE_EMPTINESS_SUB_FIELDS: Partial<
  Record<FieldMetadataType, readonly string[]>
> = {
  [FieldMetadataType.FULL_NAME]: ['firstName', 'lastName'],
  [FieldMetadataType.EMAILS]: ['primaryEmail'],
  [FieldMetadataType.PHONES]: ['primaryPhoneNumber'],
  [FieldMetadataType.LINKS]: ['primaryLinkUrl'],
  [FieldMetadataType.CURRENCY]: ['amount'],
  [FieldMetadataType.ADDRESS]: [
    'addressStreet1',
    'addressStreet2',
    'addressCity',
    'addressPostcode',
    'addressState',
    'addressCountry',
  ],
  [FieldMetadataType.ACTOR]: ['name'],
};
