import { type DataSource } from 'typeorm';

import { refuseCredential } from '../../../domain/exceptions/utils/refuse-credential.util';
import { quoteIdentifier } from '../records/utils/quote-identifier.util';

type MemberRow = {
  id: string;
  nameFirstName: string | null;
  nameLastName: string | null;
};

// A Twenty user's workspace member record in the workspace's own schema:
// the id records they write are attributed to, and their name ('' when the
// member has none). Refuses the credential when there is no such member.
export const findWorkspaceMember = async (
  dataSource: DataSource,
  { schemaName, userId }: { schemaName: string; userId: string },
): Promise<{ id: string; name: string }> => {
  const [member] = (await dataSource.query(
    `SELECT "id", "nameFirstName", "nameLastName"
       FROM ${quoteIdentifier(schemaName)}."workspaceMember"
      WHERE "userId" = $1 AND "deletedAt" IS NULL
      ORDER BY "createdAt"
      LIMIT 1`,
    [userId],
  )) as MemberRow[];

  if (!member) {
    return refuseCredential('the user has no workspace member record');
  }

  return {
    id: member.id,
    name: [member.nameFirstName, member.nameLastName]
      .filter(Boolean)
      .join(' ')
      .trim(),
  };
};
