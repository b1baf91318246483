import { type ActorSource } from '@twenty-mcp/twenty-layout';

// Stamped on createdBy / updatedBy; the API writes as
// { source: 'API', name: <credential name>, workspaceMemberId: null }.
export type WriteActor = {
  source: ActorSource;
  name: string;
  workspaceMemberId: string | null;
  // Not stamped on records: carried on the write's events, as Twenty's
  // authContext.user.id is.
  userId?: string | null;
};
