import { randomBytes } from 'node:crypto';
import { Client, escapeIdentifier } from 'pg';
import { computeWorkspaceSchemaName } from '@twenty-mcp/twenty-layout';

import { WORKSPACE_ISSUE_OBJECT_NAME } from '../src/consistency/constants/workspace-issue-object-name.const';
import { checkWorkspaceLayout } from '../src/consistency/services/check-workspace-layout';
import { type CheckWorkspaceLayoutOptions } from '../src/consistency/types/check-workspace-layout-options.type';
import { type LayoutIssue } from '../src/consistency/types/layout-issue.type';
import { formatLayoutIssues } from '../src/consistency/utils/format-layout-issues.util';
import { applyCoreSchema } from '../src/core/services/apply-core-schema';
import { parseDatabaseUrl } from '../src/database/utils/parse-database-url.util';
import { SUBSCRIPTION_OBJECT } from '../src/seed/demo/objects/subscription.object';
import { SUPPORT_TICKET_OBJECT } from '../src/seed/demo/objects/support-ticket.object';
import { computeForeignKeyName } from '../src/workspace-schema/utils/compute-foreign-key-name.util';
import { createWorkspace } from '../src/workspace/services/create-workspace';

const WORKSPACE_ID = '3b8e6458-5fc1-4e63-8563-008ccddaa6db';
const SCHEMA = escapeIdentifier(computeWorkspaceSchemaName(WORKSPACE_ID));

const adminUrl = () => {
  const url = process.env.TWENTY_TEST_ADMIN_URL;

  if (!url) {
    throw new Error(
      'TWENTY_TEST_ADMIN_URL is not set (e.g. postgres://postgres:pw@127.0.0.1:5432/postgres)',
    );
  }

  return url;
};

const uniqueDatabaseName = (prefix: string) =>
  `${prefix}_${randomBytes(6).toString('hex')}`;

// objectName / fieldName / kind, the part of an issue a test pins down.
const summarize = (issues: LayoutIssue[]) =>
  issues.map(({ objectName, fieldName, kind }) =>
    fieldName === undefined
      ? { objectName, kind }
      : { objectName, fieldName, kind },
  );

// Creating a workspace takes ~0.5 s, copying a database a fraction of that:
// the workspace is created once in a template that every test copies.
let admin: Client;
let templateName: string;
const openDatabases: { name: string; client: Client }[] = [];

beforeAll(async () => {
  const url = adminUrl();

  admin = new Client({ connectionString: url });
  await admin.connect();
  templateName = uniqueDatabaseName('layout_template');
  await admin.query(`CREATE DATABASE ${escapeIdentifier(templateName)}`);

  const template = new Client({
    connectionString: parseDatabaseUrl(url).withDatabase(templateName),
  });

  await template.connect();

  try {
    await applyCoreSchema(template);
    await createWorkspace(template, {
      id: WORKSPACE_ID,
      displayName: 'Demo',
      subdomain: 'demo',
      customObjects: [SUBSCRIPTION_OBJECT, SUPPORT_TICKET_OBJECT],
    });
  } finally {
    await template.end();
  }
}, 30_000);

afterEach(async () => {
  for (const { name, client } of openDatabases.splice(0)) {
    await client.end();
    await admin.query(
      `DROP DATABASE IF EXISTS ${escapeIdentifier(name)} WITH (FORCE)`,
    );
  }
});

afterAll(async () => {
  if (templateName) {
    await admin.query(
      `DROP DATABASE IF EXISTS ${escapeIdentifier(templateName)} WITH (FORCE)`,
    );
  }

  await admin?.end();
});

// A fresh copy of the demo workspace's database, dropped after the test.
const freshDatabase = async (): Promise<Client> => {
  const name = uniqueDatabaseName('layout');

  await admin.query(
    `CREATE DATABASE ${escapeIdentifier(name)} TEMPLATE ${escapeIdentifier(templateName)}`,
  );

  const client = new Client({
    connectionString: parseDatabaseUrl(adminUrl()).withDatabase(name),
  });

  openDatabases.push({ name, client });
  await client.connect();

  return client;
};

const checkAfter = async (
  tamper: (client: Client) => Promise<unknown>,
  options?: CheckWorkspaceLayoutOptions,
): Promise<LayoutIssue[]> => {
  const client = await freshDatabase();

  await tamper(client);

  return checkWorkspaceLayout(client, WORKSPACE_ID, options);
};

const fieldId = async (
  client: Client,
  objectName: string,
  fieldName: string,
) => {
  const result = await client.query<{ id: string }>(
    `SELECT f."id"
       FROM core."fieldMetadata" f
       JOIN core."objectMetadata" o ON o."id" = f."objectMetadataId"
      WHERE o."nameSingular" = $1 AND f."name" = $2`,
    [objectName, fieldName],
  );

  if (result.rowCount !== 1) {
    throw new Error(`No field ${objectName}.${fieldName}`);
  }

  return result.rows[0].id;
};

const indexName = async (
  client: Client,
  objectName: string,
  fieldNames: string[],
) => {
  const result = await client.query<{ name: string }>(
    `SELECT i."name"
       FROM core."indexMetadata" i
       JOIN core."objectMetadata" o ON o."id" = i."objectMetadataId"
       JOIN core."indexFieldMetadata" x ON x."indexMetadataId" = i."id"
       JOIN core."fieldMetadata" f ON f."id" = x."fieldMetadataId"
      WHERE o."nameSingular" = $1
      GROUP BY i."name"
     HAVING array_agg(f."name"::text ORDER BY x."order") = $2::text[]`,
    [objectName, fieldNames],
  );

  if (result.rowCount !== 1) {
    throw new Error(`No index on ${objectName}(${fieldNames.join(', ')})`);
  }

  return result.rows[0].name;
};

describe('checkWorkspaceLayout', () => {
  it('should find no issue in a freshly created workspace, reading only', async () => {
    const client = await freshDatabase();

    // A READ ONLY transaction makes any write by the checker fail.
    await client.query('BEGIN TRANSACTION READ ONLY');

    const lenient = await checkWorkspaceLayout(client, WORKSPACE_ID);
    const strict = await checkWorkspaceLayout(client, WORKSPACE_ID, {
      strictDefaults: true,
      reportUnexpectedTables: true,
    });

    await client.query('ROLLBACK');

    expect(formatLayoutIssues(lenient)).toBe('No layout issues.');
    expect(formatLayoutIssues(strict)).toBe('No layout issues.');
  });

  it('should refuse a workspace that does not exist', async () => {
    const client = await freshDatabase();

    await expect(
      checkWorkspaceLayout(client, '00000000-0000-4000-8000-000000000000'),
    ).rejects.toThrow('does not exist in core.workspace');
  });

  describe('physical tampering', () => {
    it('should report a dropped column', async () => {
      const issues = await checkAfter((client) =>
        client.query(
          `ALTER TABLE ${SCHEMA}."_subscription" DROP COLUMN "seats"`,
        ),
      );

      expect(summarize(issues)).toEqual([
        {
          objectName: 'subscription',
          fieldName: 'seats',
          kind: 'MISSING_COLUMN',
        },
      ]);
    });

    it('should report a dropped composite sub-column under its field', async () => {
      const issues = await checkAfter((client) =>
        client.query(
          `ALTER TABLE ${SCHEMA}."_subscription" DROP COLUMN "billingAddressAddressCity"`,
        ),
      );

      expect(summarize(issues)).toEqual([
        {
          objectName: 'subscription',
          fieldName: 'billingAddress',
          kind: 'MISSING_COLUMN',
        },
      ]);
      expect(issues[0].message).toContain('billingAddressAddressCity');
    });

    it('should report a changed column type', async () => {
      const issues = await checkAfter((client) =>
        client.query(
          `ALTER TABLE ${SCHEMA}."_subscription" ALTER COLUMN "seats" TYPE integer`,
        ),
      );

      expect(summarize(issues)).toEqual([
        {
          objectName: 'subscription',
          fieldName: 'seats',
          kind: 'WRONG_COLUMN_TYPE',
        },
      ]);
      expect(issues[0].message).toBe(
        'column "seats" is integer, expected double precision',
      );
    });

    it('should report an enum column turned into text', async () => {
      const issues = await checkAfter((client) =>
        client.query(
          `ALTER TABLE ${SCHEMA}."_supportTicket" ALTER COLUMN "channel" TYPE text`,
        ),
      );

      expect(summarize(issues)).toEqual([
        {
          objectName: 'supportTicket',
          fieldName: 'channel',
          kind: 'WRONG_COLUMN_TYPE',
        },
      ]);
    });

    it('should report a multi-select column that is no longer an array', async () => {
      const issues = await checkAfter((client) =>
        client.query(
          `ALTER TABLE ${SCHEMA}."_subscription"
             ALTER COLUMN "addOns" TYPE ${SCHEMA}."_subscription_addOns_enum" USING "addOns"[1]`,
        ),
      );

      expect(summarize(issues)).toEqual([
        {
          objectName: 'subscription',
          fieldName: 'addOns',
          kind: 'WRONG_COLUMN_TYPE',
        },
      ]);
    });

    it('should report an enum value added outside the metadata', async () => {
      const issues = await checkAfter((client) =>
        client.query(
          `ALTER TYPE ${SCHEMA}."_supportTicket_channel_enum" ADD VALUE 'SMS'`,
        ),
      );

      expect(summarize(issues)).toEqual([
        {
          objectName: 'supportTicket',
          fieldName: 'channel',
          kind: 'WRONG_ENUM_VALUES',
        },
      ]);
    });

    it('should report enum values in another order', async () => {
      const issues = await checkAfter(async (client) => {
        await client.query(
          `ALTER TYPE ${SCHEMA}."_supportTicket_priority_enum" RENAME VALUE 'LOW' TO 'TMP'`,
        );
        await client.query(
          `ALTER TYPE ${SCHEMA}."_supportTicket_priority_enum" RENAME VALUE 'URGENT' TO 'LOW'`,
        );
        await client.query(
          `ALTER TYPE ${SCHEMA}."_supportTicket_priority_enum" RENAME VALUE 'TMP' TO 'URGENT'`,
        );
      });

      expect(summarize(issues)).toEqual([
        {
          objectName: 'supportTicket',
          fieldName: 'priority',
          kind: 'WRONG_ENUM_VALUES',
        },
      ]);
    });

    it('should report a renamed enum type as missing', async () => {
      const issues = await checkAfter((client) =>
        client.query(
          `ALTER TYPE ${SCHEMA}."_supportTicket_channel_enum" RENAME TO "ticket_channel"`,
        ),
      );

      expect(summarize(issues)).toEqual([
        {
          objectName: 'supportTicket',
          fieldName: 'channel',
          kind: 'MISSING_ENUM',
        },
        {
          objectName: 'supportTicket',
          fieldName: 'channel',
          kind: 'WRONG_COLUMN_TYPE',
        },
      ]);
    });

    it('should report a NOT NULL the metadata does not ask for', async () => {
      const issues = await checkAfter((client) =>
        client.query(
          `ALTER TABLE ${SCHEMA}."_supportTicket" ALTER COLUMN "dueOn" SET NOT NULL`,
        ),
      );

      expect(summarize(issues)).toEqual([
        {
          objectName: 'supportTicket',
          fieldName: 'dueOn',
          kind: 'WRONG_NULLABILITY',
        },
      ]);
    });

    it('should report a search vector that is no longer generated', async () => {
      const issues = await checkAfter((client) =>
        client.query(
          `ALTER TABLE ${SCHEMA}."_supportTicket" ALTER COLUMN "searchVector" DROP EXPRESSION`,
        ),
      );

      expect(summarize(issues)).toEqual([
        {
          objectName: 'supportTicket',
          fieldName: 'searchVector',
          kind: 'NOT_GENERATED',
        },
      ]);
    });

    it('should report a search vector that ignores a searchable column', async () => {
      const issues = await checkAfter(async (client) => {
        const gin = escapeIdentifier(
          await indexName(client, 'supportTicket', ['searchVector']),
        );

        await client.query(
          `ALTER TABLE ${SCHEMA}."_supportTicket" DROP COLUMN "searchVector"`,
        );
        await client.query(
          `ALTER TABLE ${SCHEMA}."_supportTicket" ADD COLUMN "searchVector" tsvector
             GENERATED ALWAYS AS (to_tsvector('simple', COALESCE("name", ''))) STORED`,
        );
        await client.query(
          `CREATE INDEX ${gin} ON ${SCHEMA}."_supportTicket" USING GIN ("searchVector")`,
        );
      });

      expect(summarize(issues)).toEqual([
        {
          objectName: 'supportTicket',
          fieldName: 'searchVector',
          kind: 'WRONG_GENERATED_EXPRESSION',
        },
      ]);
      expect(issues[0].message).toContain('"detailsMarkdown"');
    });

    it('should report a dropped foreign key', async () => {
      const issues = await checkAfter((client) =>
        client.query(
          `ALTER TABLE ${SCHEMA}."_supportTicket" DROP CONSTRAINT ${escapeIdentifier(
            computeForeignKeyName({
              tableName: '_supportTicket',
              columnName: 'requesterId',
            }),
          )}`,
        ),
      );

      expect(summarize(issues)).toEqual([
        {
          objectName: 'supportTicket',
          fieldName: 'requester',
          kind: 'MISSING_FOREIGN_KEY',
        },
      ]);
    });

    it('should report a dropped foreign key of a morph relation', async () => {
      const issues = await checkAfter((client) =>
        client.query(
          `ALTER TABLE ${SCHEMA}."_supportTicket" DROP CONSTRAINT ${escapeIdentifier(
            computeForeignKeyName({
              tableName: '_supportTicket',
              columnName: 'aboutOpportunityId',
            }),
          )}`,
        ),
      );

      expect(summarize(issues)).toEqual([
        {
          objectName: 'supportTicket',
          fieldName: 'aboutOpportunity',
          kind: 'MISSING_FOREIGN_KEY',
        },
      ]);
    });

    it('should report a foreign key with another ON DELETE action', async () => {
      const issues = await checkAfter(async (client) => {
        const name = escapeIdentifier(
          computeForeignKeyName({
            tableName: '_supportTicket',
            columnName: 'requesterId',
          }),
        );

        await client.query(
          `ALTER TABLE ${SCHEMA}."_supportTicket" DROP CONSTRAINT ${name}`,
        );
        await client.query(
          `ALTER TABLE ${SCHEMA}."_supportTicket" ADD CONSTRAINT ${name}
             FOREIGN KEY ("requesterId") REFERENCES ${SCHEMA}."person" ("id") ON DELETE CASCADE`,
        );
      });

      expect(summarize(issues)).toEqual([
        {
          objectName: 'supportTicket',
          fieldName: 'requester',
          kind: 'WRONG_FOREIGN_KEY',
        },
      ]);
      expect(issues[0].message).toContain(
        'ON DELETE CASCADE, expected person("id") ON DELETE SET_NULL',
      );
    });

    it('should report a foreign key to another table', async () => {
      const issues = await checkAfter(async (client) => {
        const name = escapeIdentifier(
          computeForeignKeyName({
            tableName: '_supportTicket',
            columnName: 'requesterId',
          }),
        );

        await client.query(
          `ALTER TABLE ${SCHEMA}."_supportTicket" DROP CONSTRAINT ${name}`,
        );
        await client.query(
          `ALTER TABLE ${SCHEMA}."_supportTicket" ADD CONSTRAINT ${name}
             FOREIGN KEY ("requesterId") REFERENCES ${SCHEMA}."workspaceMember" ("id") ON DELETE SET NULL`,
        );
      });

      expect(summarize(issues)).toEqual([
        {
          objectName: 'supportTicket',
          fieldName: 'requester',
          kind: 'WRONG_FOREIGN_KEY',
        },
      ]);
    });

    it('should report a dropped index', async () => {
      const issues = await checkAfter(async (client) =>
        client.query(
          `DROP INDEX ${SCHEMA}.${escapeIdentifier(
            await indexName(client, 'supportTicket', ['requester']),
          )}`,
        ),
      );

      expect(summarize(issues)).toEqual([
        { objectName: 'supportTicket', kind: 'MISSING_INDEX' },
      ]);
    });

    it('should report a GIN index rebuilt as a btree', async () => {
      const issues = await checkAfter(async (client) => {
        const name = escapeIdentifier(
          await indexName(client, 'supportTicket', ['searchVector']),
        );

        await client.query(`DROP INDEX ${SCHEMA}.${name}`);
        await client.query(
          `CREATE INDEX ${name} ON ${SCHEMA}."_supportTicket" ("searchVector")`,
        );
      });

      expect(summarize(issues)).toEqual([
        { objectName: 'supportTicket', kind: 'WRONG_INDEX' },
      ]);
      expect(issues[0].message).toContain('uses btree, expected gin');
    });

    it('should report a partial unique index rebuilt as a plain one', async () => {
      const issues = await checkAfter(async (client) => {
        const name = escapeIdentifier(
          await indexName(client, 'noteTarget', ['note', 'targetPerson']),
        );

        await client.query(`DROP INDEX ${SCHEMA}.${name}`);
        await client.query(
          `CREATE INDEX ${name} ON ${SCHEMA}."noteTarget" ("targetPersonId", "noteId")`,
        );
      });

      expect(summarize(issues)).toEqual([
        { objectName: 'noteTarget', kind: 'WRONG_INDEX' },
      ]);
      expect(issues[0].message).toContain('is not UNIQUE');
      expect(issues[0].message).toContain(
        'expected ("noteId", "targetPersonId")',
      );
      expect(issues[0].message).toContain('has no WHERE clause');
    });

    it('should report a stray column', async () => {
      const issues = await checkAfter((client) =>
        client.query(
          `ALTER TABLE ${SCHEMA}."_subscription" ADD COLUMN "stray" text`,
        ),
      );

      expect(summarize(issues)).toEqual([
        { objectName: 'subscription', kind: 'UNEXPECTED_COLUMN' },
      ]);
      expect(issues[0].message).toContain('"stray"');
    });

    it('should report a plain field whose column became generated', async () => {
      const issues = await checkAfter((client) =>
        client.query(
          `ALTER TABLE ${SCHEMA}."_subscription"
             DROP COLUMN "tags",
             ADD COLUMN "tags" text[] GENERATED ALWAYS AS (ARRAY["name"]) STORED`,
        ),
      );

      expect(summarize(issues)).toEqual([
        {
          objectName: 'subscription',
          fieldName: 'tags',
          kind: 'UNEXPECTED_GENERATED',
        },
      ]);
    });

    it('should report a table without its primary key', async () => {
      const issues = await checkAfter((client) =>
        client.query(
          `ALTER TABLE ${SCHEMA}."noteTarget" DROP CONSTRAINT "noteTarget_pkey"`,
        ),
      );

      expect(summarize(issues)).toEqual([
        {
          objectName: 'noteTarget',
          fieldName: 'id',
          kind: 'MISSING_PRIMARY_KEY',
        },
      ]);
    });

    it('should report a dropped table, and the foreign keys that went with it', async () => {
      const issues = await checkAfter((client) =>
        client.query(`DROP TABLE ${SCHEMA}."_supportTicket" CASCADE`),
      );

      expect(summarize(issues)).toContainEqual({
        objectName: 'supportTicket',
        kind: 'MISSING_TABLE',
      });
      expect(
        issues.filter(({ objectName }) => objectName === 'supportTicket'),
      ).toHaveLength(1);
      expect(
        issues
          .filter(({ objectName }) => objectName !== 'supportTicket')
          .map(({ kind, message }) => ({
            kind,
            target: message.includes('_supportTicket('),
          })),
      ).toEqual(
        expect.arrayContaining([{ kind: 'MISSING_FOREIGN_KEY', target: true }]),
      );
      expect(
        issues.every(
          ({ objectName, kind }) =>
            objectName === 'supportTicket' || kind === 'MISSING_FOREIGN_KEY',
        ),
      ).toBe(true);
    });

    it('should report a dropped workspace schema once', async () => {
      const issues = await checkAfter((client) =>
        client.query(`DROP SCHEMA ${SCHEMA} CASCADE`),
      );

      expect(summarize(issues)).toEqual([
        { objectName: WORKSPACE_ISSUE_OBJECT_NAME, kind: 'MISSING_SCHEMA' },
      ]);
    });

    it('should look where databaseSchema says and report the unusual name', async () => {
      const issues = await checkAfter(async (client) => {
        await client.query(
          `ALTER SCHEMA ${SCHEMA} RENAME TO "workspace_renamed"`,
        );
        await client.query(
          `UPDATE core."workspace" SET "databaseSchema" = 'workspace_renamed' WHERE "id" = $1`,
          [WORKSPACE_ID],
        );
      });

      expect(summarize(issues)).toEqual([
        {
          objectName: WORKSPACE_ISSUE_OBJECT_NAME,
          kind: 'SCHEMA_NAME_MISMATCH',
        },
      ]);
    });

    it('should report stray tables only on request', async () => {
      const addStrayTable = (client: Client) =>
        client.query(`CREATE TABLE ${SCHEMA}."_legacyObject" ("id" uuid)`);

      expect(await checkAfter(addStrayTable)).toEqual([]);
      expect(
        summarize(
          await checkAfter(addStrayTable, { reportUnexpectedTables: true }),
        ),
      ).toEqual([{ objectName: '_legacyObject', kind: 'UNEXPECTED_TABLE' }]);
    });

    it('should report a changed default only with strictDefaults', async () => {
      const changeDefault = (client: Client) =>
        client.query(
          `ALTER TABLE ${SCHEMA}."_supportTicket" ALTER COLUMN "priority" SET DEFAULT 'HIGH'`,
        );

      expect(await checkAfter(changeDefault)).toEqual([]);
      expect(
        summarize(await checkAfter(changeDefault, { strictDefaults: true })),
      ).toEqual([
        {
          objectName: 'supportTicket',
          fieldName: 'priority',
          kind: 'WRONG_DEFAULT',
        },
      ]);
    });
  });

  describe('metadata tampering', () => {
    it('should report a field made non-nullable in metadata only', async () => {
      const issues = await checkAfter(async (client) =>
        client.query(
          `UPDATE core."fieldMetadata" SET "isNullable" = false WHERE "id" = $1`,
          [await fieldId(client, 'supportTicket', 'dueOn')],
        ),
      );

      expect(summarize(issues)).toEqual([
        {
          objectName: 'supportTicket',
          fieldName: 'dueOn',
          kind: 'WRONG_NULLABILITY',
        },
      ]);
      expect(issues[0].message).toBe(
        'column "dueOn" is nullable, expected NOT NULL',
      );
    });

    it('should report a select option added in metadata only', async () => {
      const issues = await checkAfter(async (client) =>
        client.query(
          `UPDATE core."fieldMetadata"
              SET "options" = "options" || '[{"value": "SMS", "label": "SMS", "position": 4}]'::jsonb
            WHERE "id" = $1`,
          [await fieldId(client, 'supportTicket', 'channel')],
        ),
      );

      expect(summarize(issues)).toEqual([
        {
          objectName: 'supportTicket',
          fieldName: 'channel',
          kind: 'WRONG_ENUM_VALUES',
        },
      ]);
    });

    it('should report a relation whose target field does not point back', async () => {
      const issues = await checkAfter(async (client) =>
        client.query(
          `UPDATE core."fieldMetadata" SET "relationTargetFieldMetadataId" = $2 WHERE "id" = $1`,
          [
            await fieldId(client, 'supportTicket', 'requester'),
            await fieldId(client, 'supportTicket', 'name'),
          ],
        ),
      );

      expect(issues.map(({ kind }) => kind)).toEqual(
        issues.map(() => 'BROKEN_RELATION_METADATA'),
      );
      expect(summarize(issues)).toEqual(
        expect.arrayContaining([
          {
            objectName: 'supportTicket',
            fieldName: 'requester',
            kind: 'BROKEN_RELATION_METADATA',
          },
          {
            objectName: 'person',
            fieldName: 'supportTickets',
            kind: 'BROKEN_RELATION_METADATA',
          },
        ]),
      );
    });

    it('should report a relation without a target field', async () => {
      const issues = await checkAfter(async (client) =>
        client.query(
          `UPDATE core."fieldMetadata" SET "relationTargetFieldMetadataId" = NULL WHERE "id" = $1`,
          [await fieldId(client, 'person', 'supportTickets')],
        ),
      );

      expect(summarize(issues)).toEqual([
        {
          objectName: 'person',
          fieldName: 'supportTickets',
          kind: 'BROKEN_RELATION_METADATA',
        },
        {
          objectName: 'supportTicket',
          fieldName: 'requester',
          kind: 'BROKEN_RELATION_METADATA',
        },
      ]);
    });

    it('should report a morph relation without a morphId', async () => {
      const issues = await checkAfter(async (client) => {
        // Our core schema forbids it; older Twenty databases do not.
        await client.query(
          `ALTER TABLE core."fieldMetadata"
             DROP CONSTRAINT "CHK_FIELD_METADATA_MORPH_RELATION_REQUIRES_MORPH_ID"`,
        );
        await client.query(
          `UPDATE core."fieldMetadata" SET "morphId" = NULL WHERE "id" = $1`,
          [await fieldId(client, 'supportTicket', 'aboutCompany')],
        );
      });

      expect(summarize(issues)).toEqual([
        {
          objectName: 'supportTicket',
          fieldName: 'aboutCompany',
          kind: 'BROKEN_RELATION_METADATA',
        },
      ]);
    });

    it('should report a foreign key whose ON DELETE no longer matches settings', async () => {
      const issues = await checkAfter(async (client) =>
        client.query(
          `UPDATE core."fieldMetadata"
              SET "settings" = "settings" - 'onDelete'
            WHERE "id" = $1`,
          [await fieldId(client, 'supportTicket', 'subscription')],
        ),
      );

      // A missing onDelete means CASCADE, the key says SET NULL.
      expect(summarize(issues)).toEqual([
        {
          objectName: 'supportTicket',
          fieldName: 'subscription',
          kind: 'WRONG_FOREIGN_KEY',
        },
      ]);
    });

    it('should report a select field without options, and not its column', async () => {
      const issues = await checkAfter(async (client) =>
        client.query(
          `UPDATE core."fieldMetadata" SET "options" = '[]'::jsonb WHERE "id" = $1`,
          [await fieldId(client, 'supportTicket', 'channel')],
        ),
      );

      expect(summarize(issues)).toEqual([
        {
          objectName: 'supportTicket',
          fieldName: 'channel',
          kind: 'BROKEN_FIELD_METADATA',
        },
      ]);
    });

    it('should report an index row without index fields', async () => {
      const issues = await checkAfter(async (client) =>
        client.query(
          `DELETE FROM core."indexFieldMetadata"
            WHERE "indexMetadataId" = (SELECT "id" FROM core."indexMetadata" WHERE "name" = $1)`,
          [await indexName(client, 'subscription', ['company'])],
        ),
      );

      expect(summarize(issues)).toEqual([
        { objectName: 'subscription', kind: 'BROKEN_INDEX_METADATA' },
      ]);
    });

    it('should report an index row the schema does not have', async () => {
      const issues = await checkAfter(async (client) =>
        client.query(
          `UPDATE core."indexMetadata" SET "name" = 'IDX_renamed' WHERE "name" = $1`,
          [await indexName(client, 'subscription', ['company'])],
        ),
      );

      expect(summarize(issues)).toEqual([
        { objectName: 'subscription', kind: 'MISSING_INDEX' },
      ]);
    });
  });
});
