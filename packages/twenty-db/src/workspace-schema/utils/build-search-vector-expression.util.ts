import { escapeIdentifier } from 'pg';
import {
  computeCompositeColumnName,
  FieldMetadataType,
} from '@twenty-mcp/twenty-layout';

export type SearchableField = { name: string; type: FieldMetadataType };

const column = (name: string) => escapeIdentifier(name);

const unaccented = (expression: string) =>
  `COALESCE(public.unaccent_immutable(${expression}), '')`;

// JSON arrays of strings or objects become plain words: keys and
// punctuation are stripped before indexing.
const jsonWords = (expression: string, keys: string[]) =>
  `TRANSLATE(regexp_replace(${expression}::text, '"(${keys.join('|')})"\\s*:\\s*', '', 'g'), '[]{}",:', '       ')`;

const piecesFor = ({ name, type }: SearchableField): string[] => {
  const sub = (subFieldName: string) =>
    column(computeCompositeColumnName({ fieldName: name, subFieldName }));

  switch (type) {
    case FieldMetadataType.TEXT:
      return [unaccented(column(name))];
    case FieldMetadataType.FULL_NAME:
      return [unaccented(sub('firstName')), unaccented(sub('lastName'))];
    case FieldMetadataType.RICH_TEXT:
      return [unaccented(sub('markdown'))];
    case FieldMetadataType.ADDRESS:
      return [
        'addressStreet1',
        'addressStreet2',
        'addressCity',
        'addressPostcode',
        'addressState',
        'addressCountry',
      ].map((subFieldName) => unaccented(sub(subFieldName)));
    case FieldMetadataType.EMAILS:
      return [
        // The domain is searchable on its own: "acme.com" finds its people.
        `${unaccented(sub('primaryEmail'))} || ' ' || ${unaccented(
          `SPLIT_PART(${sub('primaryEmail')}, '@', 2)`,
        )}`,
        `${unaccented(`TRANSLATE(${sub('additionalEmails')}::text, '[]",', '    ')`)} || ' ' || ${unaccented(
          `TRANSLATE(REPLACE(${sub('additionalEmails')}::text, '@', ' '), '[]",', '    ')`,
        )}`,
      ];
    case FieldMetadataType.PHONES: {
      const number = sub('primaryPhoneNumber');
      const callingCode = sub('primaryPhoneCallingCode');

      // Phone numbers are matched with and without their calling code and
      // with a national leading zero; no unaccent for digits.
      return [
        `COALESCE(${number}, '')`,
        `COALESCE(${callingCode}, '')`,
        `COALESCE(${callingCode} || ${number}, '')`,
        `COALESCE(REPLACE(${callingCode}, '+', '') || ${number}, '')`,
        `COALESCE('0' || ${number}, '')`,
        `COALESCE(${jsonWords(sub('additionalPhones'), ['number', 'countryCode', 'callingCode'])}, '')`,
      ];
    }
    case FieldMetadataType.LINKS:
      return [
        unaccented(sub('primaryLinkLabel')),
        unaccented(sub('primaryLinkUrl')),
        unaccented(jsonWords(sub('secondaryLinks'), ['label', 'url'])),
      ];
    default:
      // e.g. the `id` that note and task targets list as searchable.
      return [unaccented(`${column(name)}::text`)];
  }
};

// The generated searchVector expression Twenty stores in the field's
// settings.asExpression.
export const buildSearchVectorExpression = (
  fields: SearchableField[],
): string => {
  const pieces = fields.flatMap(piecesFor);

  return pieces.length === 0
    ? `to_tsvector('simple', NULL)`
    : `to_tsvector('simple', ${pieces.join(" || ' ' || ")})`;
};
