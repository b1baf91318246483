import { quoteIdentifier } from './quote-identifier.util';

// `"workspace_…"."opportunity_stage_enum"`
export const buildEnumTypeReference = (
  schemaName: string,
  enumTypeName: string,
): string => `${quoteIdentifier(schemaName)}.${quoteIdentifier(enumTypeName)}`;
