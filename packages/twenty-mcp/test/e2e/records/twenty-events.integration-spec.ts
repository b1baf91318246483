import { randomUUID } from 'node:crypto';

import { type Client } from '@modelcontextprotocol/client';
import { DEMO_WORKSPACE, mintApplicationToken } from '@twenty-mcp/twenty-db';
import {
  demoTokens,
  startRedisServer,
  TEST_APP_SECRET,
  type TestRedisServer,
} from '@twenty-mcp/twenty-db/testing';
import { type Job, Worker } from 'bullmq';

import { TwentyMcpAdminService } from '../../../src/settings/services/twenty-mcp-admin.service';
import { startTestApp, type TestApp } from '../../utils/start-test-app';
import { connectClient } from '../utils/connect-client';
import { issueAdminMcpToken } from '../utils/issue-admin-mcp-token';
import { settingsGraphql, signInAs } from '../utils/settings-graphql';
import {
  callConfirmedTool,
  callTool,
  callToolError,
} from '../utils/tool-calls';
import { createJobInbox } from './utils/job-inbox';

type Received = {
  queue: string;
  name: string;
  data: Batch;
  opts: Job['opts'];
};
type RecordEvent = {
  recordId: string;
  userId?: string;
  workspaceMemberId?: string;
  properties: {
    before?: Record<string, unknown>;
    after?: Record<string, unknown>;
    updatedFields?: string[];
    diff?: Record<string, { before: unknown; after: unknown }>;
  };
};
type Batch = {
  name: string;
  workspaceId: string;
  objectMetadata: Record<string, unknown>;
  actor: { type: string };
  events: RecordEvent[];
};
type IdsResult = { ids: string[]; unchangedIds: string[] };

const QUEUES = ['entity-events-to-db-queue', 'webhook-queue', 'trigger-queue'];
const KEY_NAME = 'MCP - admin';

// What the settings page can show about it.
const settingsDelivery = async (server: TestApp) =>
  (
    await settingsGraphql<{ mcpSettings: { twentyEventsDelivery: string } }>(
      server.url,
      `{ mcpSettings { twentyEventsDelivery } }`,
      {},
      await signInAs(server.url, 'alex.rivera@northwind.test'),
    )
  ).data?.mcpSettings.twentyEventsDelivery;
const RETENTION = {
  removeOnComplete: { age: 14_400, count: 1000 },
  removeOnFail: { age: 604_800, count: 1000 },
};

// Writes through MCP reach Twenty's worker: every write tool, one record and
// a batch longer than a chunk, enqueues on Twenty's BullMQ queues exactly
// the jobs Twenty's database-event listener would, consumed here by real
// BullMQ workers on those queue names (docs/twenty-events.md).
describe('Twenty events: write tools enqueue Twenty’s jobs', () => {
  let redis: TestRedisServer;
  let server: TestApp;
  let admin: Client;
  let workers: Worker[];
  const { received, next: receive } = createJobInbox<Received>(
    (job) => `${job.queue}/${job.name}/${job.data.name}`,
  );

  // The four jobs of one audit-logged batch (three when destroyed), by name.
  const jobsOf = async (eventName: string, count = 4) => {
    const jobs = await receive(count);

    expect(jobs.map((job) => job.data.name)).toEqual(
      Array(count).fill(eventName),
    );

    return new Map(jobs.map((job) => [job.name, job]));
  };

  const people = (count: number, tag: string) =>
    Array.from({ length: count }, (_, index) => ({
      name: { firstName: `Event${index}`, lastName: tag },
      jobTitle: 'Engineer',
    }));

  beforeAll(async () => {
    redis = await startRedisServer();
    server = await startTestApp({ redisUrl: redis.url });
    admin = await connectClient(
      server.url,
      (await demoTokens(server.databaseUrl))[KEY_NAME],
      { name: 'twenty-events-e2e' },
    );
    workers = QUEUES.map(
      (queue) =>
        new Worker(
          queue,
          async (job: Job<Batch>) => {
            received.push({
              queue,
              name: job.name,
              data: job.data,
              opts: job.opts,
            });
          },
          { connection: { url: redis.url, maxRetriesPerRequest: null } },
        ),
    );
    await Promise.all(workers.map((worker) => worker.waitUntilReady()));
  }, 60_000);

  afterAll(async () => {
    await Promise.all(workers.map((worker) => worker.close()));
    await admin?.close();
    await server?.stop();
    await redis?.stop();
  }, 30_000);

  const expectJobShapes = (jobs: Map<string, Received>, destroyed = false) => {
    const webhook = jobs.get('CallWebhookJobsJob')!;
    const trigger = jobs.get('CallDatabaseEventTriggerJobsJob')!;
    const audit = jobs.get('CreateAuditLogFromInternalEvent')!;
    const timeline = jobs.get('UpsertTimelineActivityFromInternalEvent');

    expect(webhook.queue).toBe('webhook-queue');
    expect(webhook.opts).toMatchObject({ priority: 2, attempts: 4 });
    expect(webhook.opts).toMatchObject(RETENTION);
    expect(Object.keys(webhook.data.objectMetadata).sort()).toEqual([
      'id',
      'nameSingular',
    ]);
    expect(trigger.queue).toBe('trigger-queue');
    expect(trigger.opts).toMatchObject({ priority: 5, attempts: 4 });
    expect(audit.queue).toBe('entity-events-to-db-queue');
    expect(audit.opts).toMatchObject({ priority: 1, attempts: 1 });

    if (destroyed) {
      expect(timeline).toBeUndefined();
    } else {
      expect(timeline!.queue).toBe('entity-events-to-db-queue');
      expect(timeline!.opts).toMatchObject({ priority: 1, attempts: 1 });
    }

    for (const job of [trigger, audit, ...(timeline ? [timeline] : [])]) {
      expect(job.data.workspaceId).toBe(DEMO_WORKSPACE.id);
      expect(job.data.actor).toEqual({ type: 'apiKey' });
      expect(job.data.objectMetadata).toMatchObject({
        id: webhook.data.objectMetadata.id,
        nameSingular: 'person',
        namePlural: 'people',
        isAuditLogged: true,
        workspaceId: DEMO_WORKSPACE.id,
      });
      expect(job.data.objectMetadata.fieldIds).toEqual(
        expect.arrayContaining([expect.any(String)]),
      );
      // The same events go to every job of a batch; an API key is no user.
      expect(job.data.events).toEqual(webhook.data.events);
      expect(
        job.data.events.every(
          (event) =>
            event.userId === undefined && event.workspaceMemberId === undefined,
        ),
      ).toBe(true);
    }

    return webhook.data;
  };

  describe.each([
    ['one record', 1],
    ['a batch longer than a chunk of 10', 12],
  ])('%s', (_label, size) => {
    const tag = `Ev${size}`;
    let ids: string[];

    it('create_records: one person.created batch with every record after', async () => {
      const { records } = await callTool(admin, 'create_records', {
        object: 'person',
        records: people(size, tag),
      });

      ids = records.map((record) => record.id);

      const batch = expectJobShapes(await jobsOf('person.created'));

      expect(batch.events.map((event) => event.recordId)).toEqual(ids);

      for (const event of batch.events) {
        expect(Object.keys(event.properties)).toEqual(['after']);
        expect(event.properties.after).toMatchObject({
          id: event.recordId,
          name: { lastName: tag },
          jobTitle: 'Engineer',
          createdBy: { source: 'API', name: KEY_NAME },
          deletedAt: null,
        });
      }
    });

    it('update_records: one person.updated batch with before, after, updatedFields and diff', async () => {
      await callTool(admin, 'update_records', {
        object: 'person',
        records: ids.map((id) => ({ id, jobTitle: 'Manager' })),
      });

      const batch = expectJobShapes(await jobsOf('person.updated'));

      expect(batch.events.map((event) => event.recordId)).toEqual(ids);

      for (const { properties } of batch.events) {
        expect(properties.before).toMatchObject({ jobTitle: 'Engineer' });
        expect(properties.after).toMatchObject({
          jobTitle: 'Manager',
          updatedBy: { source: 'API', name: KEY_NAME },
        });
        expect(properties.updatedFields).toContain('jobTitle');
        expect(properties.updatedFields).not.toContain('updatedAt');
        expect(properties.diff!.jobTitle).toEqual({
          before: 'Engineer',
          after: 'Manager',
        });
      }
    });

    it('delete_records: one person.deleted batch, deletedAt set after', async () => {
      await callConfirmedTool<IdsResult>(admin, 'delete_records', {
        object: 'person',
        ids,
      });

      const batch = expectJobShapes(await jobsOf('person.deleted'));

      expect(batch.events.map((event) => event.recordId)).toEqual(ids);

      for (const { properties } of batch.events) {
        expect(properties.before!.deletedAt).toBeNull();
        expect(properties.after!.deletedAt).toEqual(expect.any(String));
        expect(properties.updatedFields).toContain('deletedAt');
      }
    });

    it('restore_records: one person.restored batch, deletedAt cleared after', async () => {
      await callTool<IdsResult>(admin, 'restore_records', {
        object: 'person',
        ids,
      });

      const batch = expectJobShapes(await jobsOf('person.restored'));

      expect(batch.events.map((event) => event.recordId)).toEqual(ids);

      for (const { properties } of batch.events) {
        expect(properties.before!.deletedAt).toEqual(expect.any(String));
        expect(properties.after!.deletedAt).toBeNull();
        expect(properties.diff!.deletedAt.after).toBeNull();
      }
    });

    it('destroy_records: one person.destroyed batch with before only, and no timeline job', async () => {
      await callConfirmedTool<IdsResult>(admin, 'delete_records', {
        object: 'person',
        ids,
      });
      await jobsOf('person.deleted');
      await callConfirmedTool<IdsResult>(admin, 'destroy_records', {
        object: 'person',
        ids,
      });

      const batch = expectJobShapes(await jobsOf('person.destroyed', 3), true);

      expect(batch.events.map((event) => event.recordId)).toEqual(ids);

      for (const event of batch.events) {
        expect(Object.keys(event.properties)).toEqual(['before']);
        expect(event.properties.before).toMatchObject({
          id: event.recordId,
          jobTitle: 'Manager',
        });
      }
    });
  });

  it("erase_person: the destroys tell Twenty, clearing the person's address elsewhere does not", async () => {
    const token = await issueAdminMcpToken(server, {
      name: 'events eraser',
      scopes: ['read', 'write', 'delete', 'destroy', 'erase'],
    });
    const eraser = await connectClient(server.url, token, {
      name: 'twenty-events-erasure',
    });
    const email = 'erased.from.events@example.com';
    const [personId] = (
      await callTool(eraser, 'create_records', {
        object: 'person',
        records: [
          { ...people(1, 'Erased')[0], emails: { primaryEmail: email } },
        ],
      })
    ).records.map((record) => record.id);

    await jobsOf('person.created');
    await callTool(eraser, 'create_records', {
      object: 'subscription',
      records: [
        { name: 'Erased plan', billingEmails: { primaryEmail: email } },
      ],
    });
    await receive(4);

    const erased = await callConfirmedTool<{ ids: string[] }>(
      eraser,
      'erase_person',
      { id: personId },
    );

    expect(erased.ids).toHaveLength(2);
    // A later write's jobs follow the erasure's: whatever the erasure
    // enqueued arrives among the next ones.
    await callTool(eraser, 'create_records', {
      object: 'company',
      records: [{ name: 'After the erasure' }],
    });

    const names = (await receive(7)).map((job) => job.data.name).sort();

    expect(names).toEqual([
      ...Array(4).fill('company.created'),
      ...Array(3).fill('person.destroyed'),
    ]);
    expect(
      received.filter((job) => job.data.name === 'subscription.updated'),
    ).toEqual([]);
    await eraser.close();
  });

  it('enqueues nothing for a write that rolled back', async () => {
    const { records } = await callTool(admin, 'create_records', {
      object: 'person',
      records: people(1, 'Rollback'),
    });

    await jobsOf('person.created');

    // The first update runs, then the unknown id rolls the call back.
    expect(
      await callToolError(admin, 'update_records', {
        object: 'person',
        records: [
          { id: records[0].id, jobTitle: 'Rolled back' },
          { id: '5f3f0fb4-7d7e-4c3c-9a8e-000000000000', jobTitle: 'Nobody' },
        ],
      }),
    ).toMatch(/No person with id/);

    // A later write's jobs come first: nothing was queued before them.
    await callTool(admin, 'update_records', {
      object: 'person',
      records: [{ id: records[0].id, jobTitle: 'Committed' }],
    });

    const batch = expectJobShapes(await jobsOf('person.updated'));

    expect(batch.events).toHaveLength(1);
    expect(batch.events[0].properties.diff!.jobTitle).toEqual({
      before: 'Engineer',
      after: 'Committed',
    });
  });

  it("names the writing user and workspace member when the credential speaks for a user (Twenty's application token)", async () => {
    const [{ databaseSchema }] = await server.dataSource.query<
      { databaseSchema: string }[]
    >(`SELECT "databaseSchema" FROM core."workspace" WHERE "id" = $1`, [
      DEMO_WORKSPACE.id,
    ]);
    const [member] = await server.dataSource.query<
      { userId: string; userWorkspaceId: string; memberId: string }[]
    >(
      `SELECT u."id" AS "userId", uw."id" AS "userWorkspaceId", m."id" AS "memberId"
         FROM core."user" u
         JOIN core."userWorkspace" uw ON uw."userId" = u."id" AND uw."workspaceId" = $1
         JOIN "${databaseSchema}"."workspaceMember" m ON m."userId" = u."id"
        WHERE u."email" = 'alex.rivera@northwind.test'`,
      [DEMO_WORKSPACE.id],
    );
    const [application] = await server.dataSource.query<{ id: string }[]>(
      `INSERT INTO core."application"
         ("workspaceId", "universalIdentifier", name, "sourceType", "sourcePath",
          "defaultRoleId", "applicationRegistrationId")
       SELECT $1, $2, 'Claude', 'OAUTH_ONLY', 'oauth-install', r.id, $3
         FROM core."role" r WHERE r."workspaceId" = $1 AND r.label = 'Admin'
       RETURNING id`,
      [DEMO_WORKSPACE.id, randomUUID(), randomUUID()],
    );
    const user = await connectClient(
      server.url,
      mintApplicationToken({
        signer: { kind: 'workspaceSecret', appSecret: TEST_APP_SECRET },
        workspaceId: DEMO_WORKSPACE.id,
        applicationId: application.id,
        user: {
          userId: member.userId,
          userWorkspaceId: member.userWorkspaceId,
        },
      }),
      { name: 'twenty-events-user-e2e' },
    );

    try {
      await callTool(user, 'create_records', {
        object: 'person',
        records: people(2, 'ByUser'),
      });
    } finally {
      await user.close();
    }

    const jobs = await jobsOf('person.created');

    for (const job of jobs.values()) {
      expect(job.data.actor).toEqual({ type: 'user' });
      expect(
        job.data.events.map(({ userId, workspaceMemberId }) => ({
          userId,
          workspaceMemberId,
        })),
      ).toEqual(
        Array(2).fill({
          userId: member.userId,
          workspaceMemberId: member.memberId,
        }),
      );
    }
  });

  it('reports delivery and, with Redis down, commits the write and counts the jobs that failed', async () => {
    const status = server.app.get(TwentyMcpAdminService);
    const before = status.getRecordEventsStatus();

    expect(before).toMatchObject({ delivery: 'queued', failedJobs: 0 });
    expect(await settingsDelivery(server)).toBe('QUEUED');
    expect('enqueuedJobs' in before && before.enqueuedJobs).toBeGreaterThan(0);

    await Promise.all(workers.map((worker) => worker.close()));
    workers = [];
    await redis.stop();

    const { records } = await callTool(admin, 'create_records', {
      object: 'person',
      records: people(1, 'RedisDown'),
    });
    const found = await callTool(admin, 'get_records', {
      object: 'person',
      ids: [records[0].id],
    });

    expect(found.records.map((record) => record.id)).toEqual([records[0].id]);
    expect(status.getRecordEventsStatus()).toMatchObject({
      delivery: 'queued',
      failedJobs: 4,
    });
  });
});

describe('Twenty events: without Redis', () => {
  let server: TestApp;

  beforeAll(async () => {
    server = await startTestApp();
  }, 60_000);

  afterAll(async () => {
    await server?.stop();
  }, 30_000);

  it('says writes do not reach Twenty’s worker', async () => {
    expect(
      server.app.get(TwentyMcpAdminService).getRecordEventsStatus(),
    ).toEqual({ delivery: 'off', enqueuedJobs: 0, failedJobs: 0 });
    expect(await settingsDelivery(server)).toBe('OFF');
  });
});
