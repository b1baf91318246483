import { type CompositeProperty } from './composite-property.type';
import { FieldMetadataType } from './field-metadata-type.enum';
import { ACTOR_SOURCES } from './actor-sources.const';

const property = (
  name: string,
  type: FieldMetadataType,
  flags: Partial<Omit<CompositeProperty, 'name' | 'type'>> = {},
): CompositeProperty => ({
  name,
  type,
  isRequired: false,
  isIncludedInUniqueConstraint: false,
  ...flags,
});

const unique = { isIncludedInUniqueConstraint: true };

// Sub-fields of each composite type, in Twenty's property order, which is
// also the physical column order.
export const COMPOSITE_TYPE_DEFINITIONS: Readonly<
  Partial<Record<FieldMetadataType, readonly CompositeProperty[]>>
> = {
  [FieldMetadataType.FULL_NAME]: [
    property('firstName', FieldMetadataType.TEXT),
    property('lastName', FieldMetadataType.TEXT),
  ],
  [FieldMetadataType.EMAILS]: [
    property('primaryEmail', FieldMetadataType.TEXT, unique),
    property('additionalEmails', FieldMetadataType.RAW_JSON),
  ],
  [FieldMetadataType.PHONES]: [
    property('primaryPhoneNumber', FieldMetadataType.TEXT, unique),
    property('primaryPhoneCountryCode', FieldMetadataType.TEXT, unique),
    property('primaryPhoneCallingCode', FieldMetadataType.TEXT, unique),
    property('additionalPhones', FieldMetadataType.RAW_JSON),
  ],
  [FieldMetadataType.LINKS]: [
    property('primaryLinkLabel', FieldMetadataType.TEXT),
    property('primaryLinkUrl', FieldMetadataType.TEXT, unique),
    property('secondaryLinks', FieldMetadataType.RAW_JSON),
  ],
  [FieldMetadataType.CURRENCY]: [
    property('amountMicros', FieldMetadataType.NUMERIC),
    property('currencyCode', FieldMetadataType.TEXT),
  ],
  [FieldMetadataType.ADDRESS]: [
    property('addressStreet1', FieldMetadataType.TEXT),
    property('addressStreet2', FieldMetadataType.TEXT),
    property('addressCity', FieldMetadataType.TEXT),
    property('addressPostcode', FieldMetadataType.TEXT),
    property('addressState', FieldMetadataType.TEXT),
    property('addressCountry', FieldMetadataType.TEXT),
    property('addressLat', FieldMetadataType.NUMERIC),
    property('addressLng', FieldMetadataType.NUMERIC),
  ],
  [FieldMetadataType.ACTOR]: [
    property('source', FieldMetadataType.SELECT, {
      isRequired: true,
      options: ACTOR_SOURCES,
    }),
    property('workspaceMemberId', FieldMetadataType.UUID),
    property('name', FieldMetadataType.TEXT, { isRequired: true }),
    property('context', FieldMetadataType.RAW_JSON),
  ],
  [FieldMetadataType.RICH_TEXT]: [
    property('blocknote', FieldMetadataType.TEXT),
    property('markdown', FieldMetadataType.TEXT),
  ],
};
