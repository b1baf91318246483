import { type RecordsAccess } from '../../../domain/records/types/records-access.type';
import { type WriteActor } from '../../../domain/records/types/write-actor.type';

// Records the API writes are stamped as written by the credential.
export const toWriteActor = ({ actor }: RecordsAccess): WriteActor => ({
  source: 'API',
  name: actor.name,
  workspaceMemberId: actor.workspaceMemberId,
  userId: actor.userId ?? null,
});
