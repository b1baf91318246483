import { type WriteActor } from '../../../../domain/records/types/write-actor.type';
import { type RecordedWrite } from '../types/recorded-write.type';
import { type TwentyObjectMetadata } from '../types/twenty-object-metadata.type';
import { type WorkspaceEventBatch } from '../types/workspace-event-batch.type';

// One committed write as the batch Twenty's WorkspaceEventEmitter emits:
// named `<nameSingular>.<action>`, every event attributed to the writer's
// workspace member and Twenty user when it has them (OAuth users and
// applications acting for a user; API keys and MCP tokens write as no one).
export const buildWorkspaceEventBatch = ({
  write,
  workspaceId,
  objectMetadata,
  actor,
}: {
  write: RecordedWrite;
  workspaceId: string;
  objectMetadata: TwentyObjectMetadata;
  actor: WriteActor | undefined;
}): WorkspaceEventBatch => {
  const workspaceMemberId = actor?.workspaceMemberId ?? undefined;
  const userId = actor?.userId ?? undefined;
  const attribution = {
    ...(userId ? { userId } : {}),
    ...(workspaceMemberId ? { workspaceMemberId } : {}),
  };

  return {
    name: `${write.object.nameSingular}.${write.action}`,
    workspaceId,
    objectMetadata,
    actor: { type: workspaceMemberId ? 'user' : 'apiKey' },
    events: write.events.map((event) => ({ ...event, ...attribution })),
  };
};
