// Sub-fields whose empty value is '' (or null), per composite filter type.
const TEXT_SUB_FIELDS: Readonly<Record<string, readonly string[]>> = {
  FULL_NAME: ['firstName', 'lastName'],
  EMAILS: ['primaryEmail'],
  PHONES: [
    'primaryPhoneNumber',
    'primaryPhoneCountryCode',
    'primaryPhoneCallingCode',
  ],
  ADDRESS: [
    'addressStreet1',
    'addressStreet2',
    'addressStreet3',
    'addressCity',
    'addressState',
    'addressPostcode',
    'addressCountry',
  ],
  LINKS: ['primaryLinkUrl', 'primaryLinkLabel'],
};
// Sub-fields whose empty value is [] (or null), per composite filter type.
const LIST_SUB_FIELDS: Readonly<Record<string, readonly string[]>> = {
  EMAILS: ['additionalEmails'],
  PHONES: ['additionalPhones'],
  LINKS: ['secondaryLinks'],
};

const isEmptyListLike = (value: unknown): boolean =>
  value === null ||
  (Array.isArray(value) && value.length === 0) ||
  (typeof value === 'object' && Object.keys(value).length === 0);

// Whether a text / list filter's value is the field's "empty" value, which
// makes Twenty's engine count an empty record value as containing it (and
// a non-empty one as not containing it): '' or null for text (sub-)fields,
// [] or null for lists. Twenty versions disagree on other list-ish values
// ('', {}, [null], numbers…): those answer 'unknown'.
export const isNullEquivalentFilterValue = (
  type: string,
  subFieldName: string | undefined,
  value: unknown,
): boolean | 'unknown' => {
  const isText =
    type === 'TEXT' ||
    (subFieldName !== undefined &&
      (TEXT_SUB_FIELDS[type]?.includes(subFieldName) ?? false));
  const isList =
    type === 'MULTI_SELECT' ||
    type === 'ARRAY' ||
    (subFieldName !== undefined &&
      (LIST_SUB_FIELDS[type]?.includes(subFieldName) ?? false));

  if (isText) {
    return value === null || value === '';
  }

  if (!isList) {
    return false;
  }

  if (value === null || (Array.isArray(value) && value.length === 0)) {
    return true;
  }

  if (typeof value === 'string') {
    return value === '' ? 'unknown' : false;
  }

  if (Array.isArray(value)) {
    return value.every(isEmptyListLike) ? 'unknown' : false;
  }

  if (value !== null && typeof value === 'object') {
    return Object.keys(value).length === 0 ? 'unknown' : false;
  }

  return 'unknown';
};
