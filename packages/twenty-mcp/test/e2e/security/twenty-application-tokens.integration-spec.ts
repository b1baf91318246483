import { randomUUID } from 'node:crypto';

import {
  DEMO_SIGNING_KEYS,
  DEMO_WORKSPACE,
  deriveDemoSigningKey,
  mintApplicationToken,
  SECOND_WORKSPACE,
  type TwentyJwtSigner,
} from '@twenty-mcp/twenty-db';
import { TEST_APP_SECRET } from '@twenty-mcp/twenty-db/testing';

import { initializeRequest, postMcp } from '../utils/post-mcp';
import { callTool, callToolError } from '../utils/tool-calls';
import { useTestApp } from '../utils/use-test-app';

const signerFor = (
  name: keyof typeof DEMO_SIGNING_KEYS,
): Extract<TwentyJwtSigner, { kind: 'signingKey' }> => ({
  kind: 'signingKey',
  ...deriveDemoSigningKey({
    appSecret: TEST_APP_SECRET,
    id: DEMO_SIGNING_KEYS[name].id,
  }),
});
const HS256: TwentyJwtSigner = {
  kind: 'workspaceSecret',
  appSecret: TEST_APP_SECRET,
};
const WRITE_TOOLS = ['create_records', 'update_records', 'delete_records'];

type Member = { userId: string; userWorkspaceId: string; memberId: string };

// Tokens Twenty's OAuth server issues to MCP clients (and to installed
// applications), with rows laid out as Twenty lays them out: accepted on
// /mcp, acting with the user's role intersected with the application's, and
// refused the moment the application, the membership or the user's consent
// is gone.
describe("Twenty's application tokens (OAuth clients)", () => {
  const app = useTestApp({}, { name: 'application-tokens-e2e' });
  const roleIds: Record<string, string> = {};
  const members: Record<string, Member> = {};

  const installApplication = async ({
    name,
    defaultRoleLabel = null,
    workspaceId = DEMO_WORKSPACE.id,
  }: {
    name: string;
    defaultRoleLabel?: string | null;
    workspaceId?: string;
  }): Promise<string> => {
    const {
      rows: [{ id }],
    } = await app.pg.query<{ id: string }>(
      `INSERT INTO core."application"
         ("workspaceId", "universalIdentifier", name, "sourceType", "sourcePath",
          "defaultRoleId", "applicationRegistrationId")
       VALUES ($1, $2, $3, 'OAUTH_ONLY', 'oauth-install', $4, $5)
       RETURNING id`,
      [
        workspaceId,
        randomUUID(),
        name,
        defaultRoleLabel ? roleIds[defaultRoleLabel] : null,
        randomUUID(),
      ],
    );

    return id;
  };
  const tokenFor = (
    applicationId: string,
    user: keyof typeof members | null,
    {
      signer = signerFor('current'),
      userWorkspaceOf = user,
      issuedAt,
    }: {
      signer?: TwentyJwtSigner;
      // Whose user workspace the token names (default: the user's own).
      userWorkspaceOf?: keyof typeof members | null;
      // Issued an hour earlier than now, living a minute: expired.
      issuedAt?: Date;
    } = {},
  ) =>
    mintApplicationToken({
      signer,
      workspaceId: DEMO_WORKSPACE.id,
      applicationId,
      ...(user && userWorkspaceOf
        ? {
            user: {
              userId: members[user].userId,
              userWorkspaceId: members[userWorkspaceOf].userWorkspaceId,
            },
          }
        : {}),
      ...(issuedAt ? { now: issuedAt, expiresInSeconds: 60 } : {}),
    });
  const initialize = (token: string) =>
    postMcp(app.server.url, token, initializeRequest('application-tokens'));
  const toolNames = async (token: string) =>
    (await (await app.connect(token)).listTools()).tools.map(
      ({ name }) => name,
    );

  beforeAll(async () => {
    // Newer Twenty records each user's consent in
    // core."applicationAuthorization"; the table is created as Twenty's
    // entity declares it (the seeded layout predates it).
    await app.pg.query(
      `CREATE TABLE IF NOT EXISTS core."applicationAuthorization" (
         id uuid PRIMARY KEY DEFAULT public.uuid_generate_v4(),
         "userId" uuid NOT NULL, "workspaceId" uuid NOT NULL,
         "applicationId" uuid NOT NULL, "userWorkspaceId" uuid NOT NULL,
         scopes text[], "lastAuthorizedAt" timestamptz,
         "lastUsedAt" timestamptz NOT NULL DEFAULT now(), "revokedAt" timestamptz,
         "createdAt" timestamptz NOT NULL DEFAULT now(),
         "updatedAt" timestamptz NOT NULL DEFAULT now())`,
    );

    const { rows: roles } = await app.pg.query<{ id: string; label: string }>(
      `SELECT id, label FROM core."role" WHERE "workspaceId" = $1`,
      [DEMO_WORKSPACE.id],
    );

    for (const { id, label } of roles) {
      roleIds[label] = id;
    }

    const { rows } = await app.pg.query<Member & { email: string }>(
      `SELECT u."email", u."id" AS "userId", uw."id" AS "userWorkspaceId", m."id" AS "memberId"
         FROM core."user" u
         JOIN core."userWorkspace" uw ON uw."userId" = u."id" AND uw."workspaceId" = $1
         JOIN "${app.schema}"."workspaceMember" m ON m."userId" = u."id"`,
      [DEMO_WORKSPACE.id],
    );

    for (const row of rows) {
      members[row.email.split('.')[0]] = row;
    }
  });

  it('should act as the user who authorised an application without a role of its own, and write as them', async () => {
    const claude = await installApplication({ name: 'Claude' });

    for (const signer of [signerFor('current'), signerFor('previous'), HS256]) {
      expect(
        (await initialize(tokenFor(claude, 'alex', { signer }))).status,
      ).toBe(200);
    }

    const client = await app.connect(tokenFor(claude, 'alex'));
    const { tools } = await client.listTools();
    const created = await callTool<{
      records: { createdBy: Record<string, unknown> }[];
    }>(client, 'create_records', {
      object: 'person',
      records: [{ name: { firstName: 'Ada', lastName: 'Application' } }],
    });

    expect(tools.map(({ name }) => name)).toEqual(
      expect.arrayContaining(['find_records', ...WRITE_TOOLS]),
    );
    expect(created.records[0].createdBy).toMatchObject({
      source: 'API',
      name: 'Claude (Alex Rivera)',
      workspaceMemberId: members.alex.memberId,
    });
  });

  it("should intersect the user's role with the application's role", async () => {
    const readOnlyApp = await installApplication({
      name: 'Read-only assistant',
      defaultRoleLabel: 'Read-only',
    });
    const noPipelineApp = await installApplication({
      name: 'Support assistant',
      defaultRoleLabel: 'Support Agent',
    });

    // Admin ∩ Read-only: reads everything, writes nothing.
    const readOnly = await app.connect(tokenFor(readOnlyApp, 'alex'));
    const readOnlyTools = (await readOnly.listTools()).tools.map(
      ({ name }) => name,
    );

    expect(readOnlyTools).toContain('find_records');
    expect(readOnlyTools.filter((name) => WRITE_TOOLS.includes(name))).toEqual(
      [],
    );

    // Admin ∩ Support Agent: opportunities hidden, other objects writable.
    const support = await app.connect(tokenFor(noPipelineApp, 'alex'));
    const objects = await callTool<{ objects: { name: string }[] }>(
      support,
      'list_objects',
      {},
    );

    expect(objects.objects.map(({ name }) => name)).toContain('company');
    expect(objects.objects.map(({ name }) => name)).not.toContain(
      'opportunity',
    );
    expect(
      await callToolError(support, 'find_records', { object: 'opportunity' }),
    ).toMatch(/object: must be one of "company"/);

    // Read-only user ∩ an application without a role: still read-only.
    expect(
      (
        await toolNames(
          tokenFor(await installApplication({ name: 'Any' }), 'jordan'),
        )
      ).filter((name) => WRITE_TOOLS.includes(name)),
    ).toEqual([]);
  });

  it('should give an application acting alone its own role, and nothing when it has none', async () => {
    const reporting = await installApplication({
      name: 'Reporting job',
      defaultRoleLabel: 'Read-only',
    });
    const roleless = await installApplication({ name: 'Roleless job' });

    expect(await toolNames(tokenFor(reporting, null))).toContain(
      'find_records',
    );

    const refused = await initialize(tokenFor(roleless, null));

    expect(refused.status).toBe(403);
    expect(JSON.stringify(await refused.json())).toContain(
      'has no role in this workspace',
    );
  });

  it('should refuse tokens whose application, membership or consent is gone, or that Twenty did not sign', async () => {
    const application = await installApplication({ name: 'Revocable' });
    const elsewhere = await installApplication({
      name: 'Other workspace app',
      workspaceId: SECOND_WORKSPACE.id,
    });
    const samToken = tokenFor(application, 'sam');

    expect((await initialize(samToken)).status).toBe(200);
    expect((await initialize(tokenFor(application, 'alex'))).status).toBe(200);

    // Not installed in the token's workspace, or not at all.
    expect((await initialize(tokenFor(elsewhere, 'alex'))).status).toBe(401);
    expect((await initialize(tokenFor(randomUUID(), 'alex'))).status).toBe(401);
    // A user workspace that is not the named user's.
    expect(
      (
        await initialize(
          tokenFor(application, 'alex', { userWorkspaceOf: 'sam' }),
        )
      ).status,
    ).toBe(401);
    // A revoked signing key, an expired token.
    expect(
      (
        await initialize(
          tokenFor(application, 'alex', { signer: signerFor('revoked') }),
        )
      ).status,
    ).toBe(401);
    expect(
      (
        await initialize(
          tokenFor(application, 'alex', {
            issuedAt: new Date(Date.now() - 3_600_000),
          }),
        )
      ).status,
    ).toBe(401);

    // The user left the workspace.
    await app.pg.query(
      `UPDATE core."userWorkspace" SET "deletedAt" = now() WHERE id = $1`,
      [members.sam.userWorkspaceId],
    );

    try {
      expect((await initialize(samToken)).status).toBe(401);
    } finally {
      await app.pg.query(
        `UPDATE core."userWorkspace" SET "deletedAt" = NULL WHERE id = $1`,
        [members.sam.userWorkspaceId],
      );
    }

    // The user revoked the application's access in Twenty.
    await app.pg.query(
      `INSERT INTO core."applicationAuthorization"
         ("userId", "workspaceId", "applicationId", "userWorkspaceId", "revokedAt")
       VALUES ($1, $2, $3, $4, now())`,
      [
        members.alex.userId,
        DEMO_WORKSPACE.id,
        application,
        members.alex.userWorkspaceId,
      ],
    );

    expect((await initialize(tokenFor(application, 'alex'))).status).toBe(401);
    expect((await initialize(samToken)).status).toBe(200);

    // The application was uninstalled.
    await app.pg.query(
      `UPDATE core."application" SET "deletedAt" = now() WHERE id = $1`,
      [application],
    );

    expect((await initialize(samToken)).status).toBe(401);
  });
});
