import { type McpFieldExposure } from './mcp-field-exposure.type';

export type McpObjectExposure = {
  objectId: string;
  nameSingular: string;
  labelSingular: string;
  labelPlural: string;
  isCustom: boolean;
  isCustomized: boolean;
  // What a reset gives: every operation and field, or hidden from AI.
  isExposedByDefault: boolean;
  canRead: boolean;
  canCreate: boolean;
  canUpdate: boolean;
  canDelete: boolean;
  fields: McpFieldExposure[];
};
