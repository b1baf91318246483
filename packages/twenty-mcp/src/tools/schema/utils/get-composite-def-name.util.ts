import { type FieldMetadataType } from '@twenty-mcp/twenty-layout';

// `$defs` name for a composite type, PascalCase plus a suffix:
// (FULL_NAME, "Filter") → "FullNameFilter".
export const getCompositeDefName = (
  type: FieldMetadataType,
  suffix = '',
): string =>
  type
    .toLowerCase()
    .split('_')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('') + suffix;
