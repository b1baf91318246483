import { type RelationOnDeleteAction } from '@twenty-mcp/twenty-layout';

// Records of another object that point at the destroyed ones through a
// many-to-one, and what the database does to them (its foreign key's
// ON DELETE, from the relation's metadata).
export type DestroyRelatedEffect = {
  object: string;
  field: string;
  onDelete: RelationOnDeleteAction;
  effect: string;
};
