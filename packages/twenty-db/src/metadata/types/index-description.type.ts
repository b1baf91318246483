export type IndexDescription = {
  // Field names (relations by field name; composite fields by field name).
  fieldNames: string[];
  isUnique?: boolean;
  indexType?: 'BTREE' | 'GIN';
  whereClause?: string;
};
