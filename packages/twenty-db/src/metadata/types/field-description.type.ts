import {
  type FieldMetadataType,
  type FieldOption,
} from '@twenty-mcp/twenty-layout';

// A field as written in an object description: what Twenty's metadata API
// would receive, minus ids. Relations are described separately because each
// one yields a pair of field rows.
export type FieldDescription = {
  name: string;
  type: Exclude<
    FieldMetadataType,
    | FieldMetadataType.RELATION
    | FieldMetadataType.MORPH_RELATION
    | FieldMetadataType.TS_VECTOR
  >;
  label: string;
  description?: string;
  icon?: string;
  isNullable?: boolean;
  isSystem?: boolean;
  isUIEditable?: boolean;
  isUnique?: boolean;
  // Twenty's jsonb form: strings pre-quoted ("'NEW'"), 'uuid' / 'now'
  // function names, numbers, booleans, composite objects.
  defaultValue?: unknown;
  options?: FieldOption[];
  settings?: Record<string, unknown>;
  universalIdentifier?: string;
  // Fields Twenty moved out of the standard application into the
  // workspace's own application (e.g. company.employees since mid 2026).
  isOwnedByCustomApplication?: boolean;
};
