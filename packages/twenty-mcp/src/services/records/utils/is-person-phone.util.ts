import { type PersonContacts } from '../../../domain/records/types/person-contacts.type';
import { toPhoneDigits } from './to-phone-digits.util';

const national = (digits: string) => digits.replace(/^0+/, '');

// Whether a stored number (with its calling code, when the field keeps
// one apart) is one of the person's: the same national digits with a
// matching or unknown calling code, or the same full international digits
// ("+33 6 12…" as one text, "06 12…" with calling code +33).
export const isPersonPhone = (
  contacts: PersonContacts,
  number: unknown,
  callingCode: unknown = '',
): boolean => {
  const candidate = national(toPhoneDigits(number));
  const candidateCode = toPhoneDigits(callingCode);

  if (candidate === '') {
    return false;
  }

  return contacts.phones.some((phone) => {
    const own = national(phone.number);
    const sameCode =
      candidateCode === '' ||
      phone.callingCode === '' ||
      candidateCode === phone.callingCode;

    return (
      (candidate === own && sameCode) ||
      (phone.callingCode !== '' &&
        `${candidateCode}${candidate}` === `${phone.callingCode}${own}`)
    );
  });
};
