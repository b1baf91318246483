import { type DateGranularity } from './date-granularity.type';

// One dimension of an aggregate.
export type GroupBySpec = {
  // API key: a field name, or `companyId` for a relation.
  field: string;
  subField?: string;
  // Dates only; DAY when left out.
  granularity?: DateGranularity;
};
