import { type McpObjectExposure } from './mcp-object-exposure.type';

// What pickers need of an object.
export type McpObjectChoice = Pick<
  McpObjectExposure,
  'objectId' | 'nameSingular' | 'labelPlural'
>;
