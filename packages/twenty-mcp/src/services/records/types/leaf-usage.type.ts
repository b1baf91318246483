import { type FieldLeaf } from '../../../domain/records/types/field-leaf.type';

// What a leaf is looked up for: the verb used in error messages and which
// leaves qualify.
export type LeafUsage = {
  verb: string;
  isUsable: (leaf: FieldLeaf) => boolean;
};
