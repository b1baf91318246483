import { FieldMetadataType } from '@twenty-mcp/twenty-layout';

import { type PersonContacts } from '../../../domain/records/types/person-contacts.type';
import { type StoredRecord } from '../../../domain/records/types/stored-record.type';
import { type ObjectSchema } from '../../../domain/workspace/types/workspace-schema.type';
import { toPhoneDigits } from './to-phone-digits.util';

// Shorter numbers (extensions, short codes) would match unrelated records.
const MIN_PHONE_DIGITS = 6;

const asObject = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' ? (value as Record<string, unknown>) : {};

const asList = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : [];

// Every email address and phone number stored on a person, from all of its
// Emails and Phones fields (standard and custom), primary and additional.
export const collectPersonContacts = (
  object: ObjectSchema,
  person: StoredRecord,
): PersonContacts => {
  const emails = new Set<string>();
  const phones = new Map<string, { number: string; callingCode: string }>();
  const addPhone = (number: unknown, callingCode: unknown) => {
    const digits = toPhoneDigits(number);

    if (digits.length >= MIN_PHONE_DIGITS) {
      const phone = { number: digits, callingCode: toPhoneDigits(callingCode) };

      phones.set(`${phone.callingCode}:${phone.number}`, phone);
    }
  };

  for (const field of object.fields) {
    const value = asObject(person[field.name]);

    if (field.type === FieldMetadataType.EMAILS) {
      for (const email of [
        value.primaryEmail,
        ...asList(value.additionalEmails),
      ]) {
        if (typeof email === 'string' && email.trim() !== '') {
          emails.add(email.trim().toLowerCase());
        }
      }
    }

    if (field.type === FieldMetadataType.PHONES) {
      addPhone(value.primaryPhoneNumber, value.primaryPhoneCallingCode);

      for (const phone of asList(value.additionalPhones)) {
        const { number, callingCode } = asObject(phone);

        addPhone(number, callingCode);
      }
    }
  }

  return { emails: [...emails], phones: [...phones.values()] };
};
