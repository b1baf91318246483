import { FieldMetadataType } from '@twenty-mcp/twenty-layout';

import { type FilterNode } from '../../../domain/records/types/filter-node.type';
import { type PersonContacts } from '../../../domain/records/types/person-contacts.type';
import { escapeLikePattern } from '../../../domain/records/utils/escape-like-pattern.util';
import { type FieldSchema } from '../../../domain/workspace/types/workspace-schema.type';

const condition = (
  field: FieldSchema,
  subField: string | null,
  value: string,
): FilterNode => ({
  kind: 'condition',
  field: field.name,
  subField,
  operator: 'ilike',
  value,
});

// The digits in order, anything between them: "06 12-34…" and "0612…"
// both match, so the database narrows the candidates whatever the
// formatting and removePersonContacts decides exactly.
const digitsPattern = (digits: string) =>
  `%${digits.replace(/^0+/, '').split('').join('%')}%`;

// Records whose `field` may hold one of the person's addresses or numbers:
// a superset, read once and checked value by value. Null when the person
// has nothing this field could hold.
export const buildContactMatchFilter = (
  field: FieldSchema,
  contacts: PersonContacts,
): FilterNode | null => {
  const emailPatterns = contacts.emails.map(escapeLikePattern);
  const phonePatterns = contacts.phones.map(({ number }) =>
    digitsPattern(number),
  );
  const children: FilterNode[] =
    field.type === FieldMetadataType.EMAILS
      ? emailPatterns.flatMap((email) => [
          condition(field, 'primaryEmail', email),
          condition(field, 'additionalEmails', `%"${email}"%`),
        ])
      : field.type === FieldMetadataType.PHONES
        ? phonePatterns.flatMap((pattern) => [
            condition(field, 'primaryPhoneNumber', pattern),
            condition(field, 'additionalPhones', pattern),
          ])
        : field.type === FieldMetadataType.TEXT
          ? [...emailPatterns, ...phonePatterns].map((pattern) =>
              condition(field, null, pattern),
            )
          : [];

  return children.length > 0 ? { kind: 'or', children } : null;
};
