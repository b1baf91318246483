import { type ShapeField } from '../../../domain/query-usage/types/shape-field.type';

// `amount.amount`, `stage`: the field as the tools name it.
export const describeShapeField = ({ field, subField }: ShapeField): string =>
  subField ? `${field}.${subField}` : field;
