import { type QueryShape } from './query-shape.type';

// One row of mcp."queryUsage": how often a shape was used on an object.
export type RecordedQueryShape = {
  workspaceId: string;
  objectName: string;
  shapeKey: string;
  shape: QueryShape;
  calls: number;
  firstUsedAt: Date;
  lastUsedAt: Date;
};
