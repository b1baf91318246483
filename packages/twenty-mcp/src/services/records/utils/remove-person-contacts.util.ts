import { FieldMetadataType } from '@twenty-mcp/twenty-layout';

import { type PersonContacts } from '../../../domain/records/types/person-contacts.type';
import { type FieldSchema } from '../../../domain/workspace/types/workspace-schema.type';
import { isPersonPhone } from './is-person-phone.util';

// Only whole values that look like a phone number are compared as one.
const PHONE_TEXT = /^[\d\s+().-]+$/;

const asObject = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' ? (value as Record<string, unknown>) : {};

const asList = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : [];

const isPersonEmail = (contacts: PersonContacts, email: unknown) =>
  typeof email === 'string' &&
  contacts.emails.includes(email.trim().toLowerCase());

const isPersonText = (contacts: PersonContacts, text: unknown) =>
  isPersonEmail(contacts, text) ||
  (typeof text === 'string' &&
    PHONE_TEXT.test(text.trim()) &&
    isPersonPhone(contacts, text));

// A stored value of an Emails, Phones or Text field with the person's
// addresses and numbers taken out, as Twenty stores empty values (empty
// primary, null list); a remaining additional one becomes the primary.
// Undefined when the value holds none of them.
export const removePersonContacts = (
  field: FieldSchema,
  value: unknown,
  contacts: PersonContacts,
): unknown => {
  if (field.type === FieldMetadataType.TEXT) {
    return isPersonText(contacts, value) ? '' : undefined;
  }

  const stored = asObject(value);

  if (field.type === FieldMetadataType.EMAILS) {
    const all = [stored.primaryEmail, ...asList(stored.additionalEmails)];
    const kept = all.filter(
      (email): email is string =>
        typeof email === 'string' &&
        email !== '' &&
        !isPersonEmail(contacts, email),
    );

    if (!all.some((email) => isPersonEmail(contacts, email))) {
      return undefined;
    }

    return {
      primaryEmail: kept[0] ?? '',
      additionalEmails: kept.length > 1 ? kept.slice(1) : null,
    };
  }

  if (field.type === FieldMetadataType.PHONES) {
    const primary = {
      number: stored.primaryPhoneNumber,
      countryCode: stored.primaryPhoneCountryCode,
      callingCode: stored.primaryPhoneCallingCode,
    };
    const all = [primary, ...asList(stored.additionalPhones).map(asObject)];
    const isTheirs = (phone: Record<string, unknown>) =>
      isPersonPhone(contacts, phone.number, phone.callingCode);
    const kept = all.filter(
      (phone) =>
        typeof phone.number === 'string' &&
        phone.number !== '' &&
        !isTheirs(phone),
    );

    if (!all.some(isTheirs)) {
      return undefined;
    }

    const [first, ...rest] = kept;

    return {
      primaryPhoneNumber: first?.number ?? '',
      primaryPhoneCountryCode: first?.countryCode ?? '',
      primaryPhoneCallingCode: first?.callingCode ?? '',
      additionalPhones: rest.length > 0 ? rest : null,
    };
  }

  return undefined;
};
