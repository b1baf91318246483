import {
  buildFillerObjects,
  createFixtureDatabase,
  DEMO_WORKSPACE,
  ensureDemoDatabase,
  generateLargeWorkspace,
  LARGE_WORKSPACE,
  listApiKeys,
  mintListedTokens,
  readFixtureMarker,
} from '@twenty-mcp/twenty-db';
import { Client } from 'pg';

// A database the bench serves: where it is, the admin token, and a person
// the operations read.
export type BenchDatabase = {
  databaseUrl: string;
  workspaceSchema: string;
  token: string;
  personId: string;
  people: number;
  objects: number;
};

export const withPg = async <T>(
  url: string,
  run: (pg: Client) => Promise<T>,
): Promise<T> => {
  const pg = new Client({ connectionString: url });

  await pg.connect();

  try {
    return await run(pg);
  } finally {
    await pg.end();
  }
};

const describeDatabase = (
  databaseUrl: string,
  { workspaceId, tokenName }: { workspaceId: string; tokenName: string },
): Promise<BenchDatabase> =>
  withPg(databaseUrl, async (pg) => {
    const marker = await readFixtureMarker(pg);
    const token = mintListedTokens({
      apiKeys: await listApiKeys(pg),
      appSecret: marker!.appSecret,
      secretTypes: marker!.apiKeySecretTypes,
    }).find(
      (listed) =>
        listed.workspaceId === workspaceId &&
        listed.name === tokenName &&
        listed.token,
    )?.token;

    if (!token) {
      throw new Error(`no active API key "${tokenName}" in ${databaseUrl}`);
    }

    const {
      rows: [{ databaseSchema }],
    } = await pg.query<{ databaseSchema: string }>(
      `SELECT "databaseSchema" FROM core."workspace" WHERE "id" = $1`,
      [workspaceId],
    );
    const {
      rows: [{ id: personId }],
    } = await pg.query<{ id: string }>(
      `SELECT "id" FROM "${databaseSchema}"."person" WHERE "deletedAt" IS NULL ORDER BY "id" LIMIT 1`,
    );
    const {
      rows: [{ people }],
    } = await pg.query<{ people: number }>(
      `SELECT count(*)::int AS "people" FROM "${databaseSchema}"."person"`,
    );
    const {
      rows: [{ objects }],
    } = await pg.query<{ objects: number }>(
      `SELECT count(*)::int AS "objects" FROM core."objectMetadata" WHERE "workspaceId" = $1`,
      [workspaceId],
    );

    return {
      databaseUrl,
      workspaceSchema: databaseSchema,
      token,
      personId,
      people,
      objects,
    };
  });

// The demo database the host would seed itself.
export const prepareDemoDatabase = async (
  databaseUrl: string,
): Promise<BenchDatabase> => {
  await ensureDemoDatabase({ databaseUrl, createDatabase: true, reset: true });

  return describeDatabase(databaseUrl, {
    workspaceId: DEMO_WORKSPACE.id,
    tokenName: 'MCP - admin',
  });
};

// A generated workspace of `people` people and `objects` objects (the 11
// standard ones, then small custom ones).
export const prepareGeneratedDatabase = async (
  databaseUrl: string,
  { people, objects }: { people: number; objects: number },
  onPhase?: (phase: string) => void,
): Promise<BenchDatabase> => {
  await createFixtureDatabase(databaseUrl, { force: true });

  let lastPhase = '';

  await withPg(databaseUrl, (pg) =>
    generateLargeWorkspace(pg, {
      people,
      customObjects: buildFillerObjects(Math.max(0, objects - 11)),
      onProgress: ({ phase }) => {
        if (phase !== lastPhase) {
          lastPhase = phase;
          onPhase?.(phase);
        }
      },
    }),
  );

  return describeDatabase(databaseUrl, {
    workspaceId: LARGE_WORKSPACE.id,
    tokenName: 'Large - admin',
  });
};
