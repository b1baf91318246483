// How a person can be reached, as erasure looks for it in other records:
// email addresses in lower case, phone numbers as digits (the calling
// code's digits apart, empty when unknown).
export type PersonContacts = {
  emails: string[];
  phones: { number: string; callingCode: string }[];
};
