import { type ObjectRecordEvent } from './object-record-event.type';
import { type TwentyObjectMetadata } from './twenty-object-metadata.type';

// Twenty's WorkspaceEventBatch: one per write operation, for one object and
// one action, named `<nameSingular>.<action>`.
export type WorkspaceEventBatch = {
  name: string;
  workspaceId: string;
  objectMetadata: TwentyObjectMetadata;
  // Who wrote, as Twenty's DatabaseEventActor types it.
  actor: { type: 'user' | 'apiKey' };
  events: ObjectRecordEvent[];
};
