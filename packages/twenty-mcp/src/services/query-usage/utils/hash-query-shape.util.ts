import { createHash } from 'node:crypto';

// 16 hex digits of SHA-256 over the shape's JSON as built by toFindShape /
// toAggregateShape (fixed key order): the row key of a shape.
export const hashQueryShape = (shapeJson: string): string =>
  createHash('sha256').update(shapeJson).digest('hex').slice(0, 16);
