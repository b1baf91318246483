import { type CallTier } from '../types/call-tier.type';

// A tool's tier from its annotations: only a tool that declares it changes
// nothing is a read (create, update, delete, restore and destroy are not).
export const callTierOf = (annotations: {
  readOnlyHint?: boolean;
}): CallTier => (annotations.readOnlyHint === true ? 'read' : 'write');
