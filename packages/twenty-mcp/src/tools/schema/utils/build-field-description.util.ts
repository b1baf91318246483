import { FieldMetadataType } from '@twenty-mcp/twenty-layout';

import { type FieldSchema } from '../../../domain/workspace/types/workspace-schema.type';
import { isStandardRecordField } from './is-standard-record-field.util';
import { normalizeName } from './normalize-name.util';

// Option labels that say more than their value ("SSO = Single sign-on");
// the values themselves are in the schema's enum.
const describeOptions = (field: FieldSchema): string | null => {
  if (field.type === FieldMetadataType.RATING || !field.options) {
    return null;
  }

  const labels = field.options
    .filter(
      (option) => normalizeName(option.label) !== normalizeName(option.value),
    )
    .map((option) => `${option.value} = ${option.label}`);

  return labels.length > 0 ? labels.join(', ') : null;
};

const describeRelation = (field: FieldSchema): string | null => {
  if (!field.relation) {
    return null;
  }

  const suffix = field.relation.direction === 'MANY_TO_ONE' ? 'id' : 'records';

  return `(${field.relation.targetObjectName} ${suffix})`;
};

// A compact description from metadata: the UI label when it differs from
// the name and the description does not already say it, the description,
// informative option labels, the related object. Standard fields are
// documented once, in the tool descriptions.
export const buildFieldDescription = (
  field: FieldSchema,
): string | undefined => {
  if (isStandardRecordField(field.name)) {
    return undefined;
  }

  const label = field.label.trim();
  const description = (field.description ?? '').trim().replace(/\.$/, '');
  const isLabelNew =
    normalizeName(label) !== normalizeName(field.name) &&
    !description.toLowerCase().includes(label.toLowerCase());
  const isDescriptionNew =
    description !== '' &&
    normalizeName(description) !== normalizeName(label) &&
    normalizeName(description) !== normalizeName(field.name);
  const head = [
    [isLabelNew ? label : null, isDescriptionNew ? description : null]
      .filter((part) => part !== null)
      .join(' — '),
    describeRelation(field),
  ]
    .filter((part) => part !== null && part !== '')
    .join(' ');
  const sentences = [
    head,
    field.type === FieldMetadataType.RICH_TEXT ? 'Markdown' : null,
    describeOptions(field),
  ].filter((part) => part !== null && part !== '');

  return sentences.length > 0 ? sentences.join('. ') : undefined;
};
