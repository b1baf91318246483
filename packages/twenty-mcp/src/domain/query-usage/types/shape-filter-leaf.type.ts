import { type FilterOperatorClass } from './filter-operator-class.type';
import { type ShapeField } from './shape-field.type';

export type ShapeFilterLeaf = ShapeField & {
  operatorClass: FilterOperatorClass;
};
