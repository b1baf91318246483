import { randomUUID } from 'node:crypto';

import { type Client } from '@modelcontextprotocol/client';

import { callTool, callToolError } from '../utils/tool-calls';
import { useRecordsApp } from './utils/use-records-app';

// create_records with an idempotency key: a retry (after a timeout, a lost
// connection, two clients racing) creates nothing new and answers what the
// first call created; checked against PostgreSQL.
describe('idempotent creates', () => {
  const recordsApp = useRecordsApp();
  const { table, sql, sqlCount } = recordsApp;
  let admin: Client;
  let support: Client;

  beforeAll(() => {
    ({ admin, support } = recordsApp);
  });

  const people = (tag: string, count = 2) =>
    Array.from({ length: count }, (_, index) => ({
      name: { firstName: `Idem${index}`, lastName: tag },
    }));
  const countTagged = (tag: string) =>
    sqlCount('person', `"nameLastName" = '${tag}' AND "deletedAt" IS NULL`);
  const create = (client: Client, tag: string, key: string, count = 2) =>
    callTool(client, 'create_records', {
      object: 'person',
      records: people(tag, count),
      idempotencyKey: key,
    });

  it('should create once and answer a retry with the same records', async () => {
    const key = randomUUID();
    const first = await create(admin, 'IdemRetry', key);
    const retry = await create(admin, 'IdemRetry', key);

    expect(await countTagged('IdemRetry')).toBe(2);
    expect(retry.records).toEqual(first.records);
    expect(
      await sql<{ recordIds: string[] }>(
        `SELECT "recordIds"::text[] AS "recordIds" FROM mcp."idempotencyKey" WHERE "key" = $1`,
        [key],
      ),
    ).toEqual([{ recordIds: first.records.map(({ id }) => id) }]);
  });

  it('should treat arguments equal in another key order as the same call', async () => {
    const key = randomUUID();
    const first = await create(admin, 'IdemOrder', key, 1);
    const retry = await callTool(admin, 'create_records', {
      idempotencyKey: key,
      records: [{ name: { lastName: 'IdemOrder', firstName: 'Idem0' } }],
      object: 'person',
    });

    expect(retry.records).toEqual(first.records);
    expect(await countTagged('IdemOrder')).toBe(1);
  });

  it('should refuse the same key with other arguments and create nothing', async () => {
    const key = randomUUID();

    await create(admin, 'IdemMismatch', key);

    expect(
      await callToolError(admin, 'create_records', {
        object: 'person',
        records: people('IdemMismatch', 3),
        idempotencyKey: key,
      }),
    ).toMatch(/already used with other arguments.*new key/);
    expect(await countTagged('IdemMismatch')).toBe(2);
  });

  it("should keep one credential's keys apart from another's", async () => {
    const key = randomUUID();

    await create(admin, 'IdemCredentials', key);
    await create(support, 'IdemCredentials', key);

    expect(await countTagged('IdemCredentials')).toBe(4);
  });

  it('should create once when two calls with one key race', async () => {
    const key = randomUUID();
    const results = await Promise.all(
      Array.from({ length: 4 }, () => create(admin, 'IdemRace', key, 3)),
    );

    expect(await countTagged('IdemRace')).toBe(3);

    for (const result of results) {
      expect(result.records).toEqual(results[0].records);
    }
  });

  it('should not keep the key of a call that failed', async () => {
    const key = randomUUID();

    // An unknown company id: the whole call rolls back, key included.
    expect(
      await callToolError(admin, 'create_records', {
        object: 'person',
        records: [
          {
            name: { firstName: 'Idem0', lastName: 'IdemFailed' },
            companyId: randomUUID(),
          },
        ],
        idempotencyKey: key,
      }),
    ).not.toMatch(/idempotency/i);
    expect(
      await sql(`SELECT 1 FROM mcp."idempotencyKey" WHERE "key" = $1`, [key]),
    ).toEqual([]);

    await create(admin, 'IdemFailed', key, 1);

    expect(await countTagged('IdemFailed')).toBe(1);
  });

  it('should create again once the key has expired', async () => {
    const key = randomUUID();

    await create(admin, 'IdemExpired', key);
    await sql(
      `UPDATE mcp."idempotencyKey" SET "expiresAt" = now() - interval '1 second' WHERE "key" = $1`,
      [key],
    );
    await create(admin, 'IdemExpired', key);

    expect(await countTagged('IdemExpired')).toBe(4);
    expect(
      await sql(`SELECT 1 FROM mcp."idempotencyKey" WHERE "key" = $1`, [key]),
    ).toHaveLength(1);
  });

  it('should answer a retry without the records trashed since', async () => {
    const key = randomUUID();
    const first = await create(admin, 'IdemTrashed', key);

    await sql(
      `UPDATE ${table('person')} SET "deletedAt" = now() WHERE "id" = $1`,
      [first.records[0].id],
    );

    const retry = await create(admin, 'IdemTrashed', key);

    expect(retry.records).toEqual([first.records[1]]);
    expect(await countTagged('IdemTrashed')).toBe(1);
  });

  it('should refuse a key that is not printable ASCII', async () => {
    expect(
      await callToolError(admin, 'create_records', {
        object: 'person',
        records: people('IdemBadKey', 1),
        idempotencyKey: 'has spaces',
      }),
    ).toMatch(/idempotencyKey: must match pattern/);
    expect(await countTagged('IdemBadKey')).toBe(0);
  });
});
