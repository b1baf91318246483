// A phone number or calling code as its digits alone ("+33", "06 12-34"
// → "33", "061234"); anything else is empty.
export const toPhoneDigits = (value: unknown): string =>
  typeof value === 'string' ? value.replace(/\D/g, '') : '';
