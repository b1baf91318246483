import { computeJoinColumnName } from '@twenty-mcp/twenty-layout';

import { type FieldSchema } from '../../../domain/workspace/types/workspace-schema.type';

// The `<field>Id` key a many-to-one relation reads, writes and filters by.
export const getJoinColumnKey = (field: FieldSchema): string =>
  field.relation?.joinColumnName ?? computeJoinColumnName(field.name);
