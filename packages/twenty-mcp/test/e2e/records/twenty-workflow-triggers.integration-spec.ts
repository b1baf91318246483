import { randomUUID } from 'node:crypto';

import { type Client } from '@modelcontextprotocol/client';
import { DEMO_WORKSPACE } from '@twenty-mcp/twenty-db';
import {
  demoTokens,
  startRedisServer,
  type TestRedisServer,
} from '@twenty-mcp/twenty-db/testing';
import { computeWorkspaceSchemaName } from '@twenty-mcp/twenty-layout';
import { type Job, Worker } from 'bullmq';

import { TwentyMcpAdminService } from '../../../src/settings/services/twenty-mcp-admin.service';
import { startTestApp, type TestApp } from '../../utils/start-test-app';
import { connectClient } from '../utils/connect-client';
import { callTool } from '../utils/tool-calls';
import { createJobInbox } from './utils/job-inbox';

type StoredRecord = Record<string, unknown> & { id: string };
type WorkflowJobData = {
  workspaceId: string;
  workflowId: string;
  payload: {
    recordId: string;
    properties: {
      before?: StoredRecord;
      after?: StoredRecord;
      updatedFields?: string[];
    };
  };
};
type Received = { name: string; data: WorkflowJobData; opts: Job['opts'] };
type IdsResult = { ids: string[]; unchangedIds: string[] };

const SCHEMA = computeWorkspaceSchemaName(DEMO_WORKSPACE.id);
const TRIGGERS = `"${SCHEMA}"."workflowAutomatedTrigger"`;
const WORKFLOWS = {
  personCreated: randomUUID(),
  companyNameUpdated: randomUUID(),
  personDeleted: randomUUID(),
  softDeleted: randomUUID(),
  otherObject: randomUUID(),
  cron: randomUUID(),
  createdFiltered: randomUUID(),
  createdFilteredOut: randomUUID(),
  createdUnknownOperand: randomUUID(),
  updatedAtLeast50: randomUUID(),
  updatedAtMost10: randomUUID(),
  updatedUnknownOperand: randomUUID(),
};
// A record filter as Twenty's workflow editor stores it in the trigger's
// settings: conditions on `{{trigger.…}}` paths, in groups.
const condition = (
  groupId: string,
  type: string,
  operand: string,
  field: string,
  value: string,
) => ({
  id: randomUUID(),
  type,
  operand,
  stepOutputKey: `{{trigger.properties.after.${field}}}`,
  value,
  stepFilterGroupId: groupId,
});
const recordFilter = (
  conditions: ReturnType<typeof condition>[],
  groups: {
    id: string;
    logicalOperator: 'AND' | 'OR';
    parentStepFilterGroupId?: string;
  }[] = [{ id: 'root', logicalOperator: 'AND' }],
) => ({ stepFilters: conditions, stepFilterGroups: groups });

// Workflows started by database events start for writes made through MCP:
// with Twenty's `workflowAutomatedTrigger` table in the workspace schema,
// a write enqueues on `workflow-queue` exactly the WorkflowTriggerJobs
// Twenty's workflow database-event listener would, their records enriched
// with their many-to-one relations, consumed here by a real BullMQ worker
// (docs/twenty-events.md).
describe('Twenty events: workflows triggered by database events', () => {
  let redis: TestRedisServer;
  let server: TestApp;
  let admin: Client;
  let worker: Worker;
  // All WorkflowTriggerJobs share one queue and one priority, so they
  // arrive in the order they were enqueued: a write that should start
  // nothing is followed by one that starts a workflow, whose job must come
  // next.
  const { received, next: receive } = createJobInbox<Received>(
    (job) => `${job.data.workflowId}/${job.data.payload.recordId}`,
  );
  const started = (jobs: Received[]) =>
    jobs.map((job) => [job.data.workflowId, job.data.payload.recordId]);

  const sql = <T>(text: string, params: unknown[] = []): Promise<T[]> =>
    server.dataSource.query(text, params);
  const insertTrigger = (
    workflowId: string,
    settings: Record<string, unknown>,
    { type = 'DATABASE_EVENT', deleted = false } = {},
  ) =>
    sql(
      `INSERT INTO ${TRIGGERS} ("id", "type", "settings", "workflowId", "deletedAt")` +
        ` VALUES ($1, $2, $3::jsonb, $4, ${deleted ? 'now()' : 'NULL'})`,
      [randomUUID(), type, JSON.stringify(settings), workflowId],
    );

  let company: { id: string; name: string };
  let memberId: string;

  beforeAll(async () => {
    redis = await startRedisServer();
    server = await startTestApp({ redisUrl: redis.url });
    admin = await connectClient(
      server.url,
      (await demoTokens(server.databaseUrl))['MCP - admin'],
      { name: 'twenty-workflow-triggers-e2e' },
    );

    // Twenty's layout of the standard object (workspace entity: type,
    // settings, workflow; BaseWorkspaceEntity's id and dates; `type` a
    // SELECT, so a PG enum): the demo fixture has no workflow tables.
    await sql(
      `CREATE TYPE "${SCHEMA}"."workflowAutomatedTrigger_type_enum" AS ENUM ('DATABASE_EVENT', 'CRON')`,
    );
    await sql(
      `CREATE TABLE ${TRIGGERS} (` +
        ` "id" uuid NOT NULL PRIMARY KEY,` +
        ` "createdAt" timestamptz NOT NULL DEFAULT now(),` +
        ` "updatedAt" timestamptz NOT NULL DEFAULT now(),` +
        ` "deletedAt" timestamptz,` +
        ` "type" "${SCHEMA}"."workflowAutomatedTrigger_type_enum" NOT NULL,` +
        ` "settings" jsonb NOT NULL,` +
        ` "workflowId" uuid)`,
    );
    await insertTrigger(WORKFLOWS.personCreated, {
      eventName: 'person.created',
      outputSchema: {},
    });
    await insertTrigger(WORKFLOWS.companyNameUpdated, {
      eventName: 'company.updated',
      fields: ['name'],
    });
    await insertTrigger(WORKFLOWS.personDeleted, {
      eventName: 'person.deleted',
    });
    await insertTrigger(
      WORKFLOWS.softDeleted,
      { eventName: 'person.created' },
      { deleted: true },
    );
    await insertTrigger(WORKFLOWS.otherObject, {
      eventName: 'opportunity.created',
    });
    await insertTrigger(
      WORKFLOWS.cron,
      { eventName: 'person.created', pattern: '* * * * *' },
      { type: 'CRON' },
    );

    [company] = await sql<{ id: string; name: string }>(
      `SELECT "id", "name" FROM "${SCHEMA}"."company"` +
        ` WHERE "deletedAt" IS NULL ORDER BY "name" LIMIT 1`,
    );
    [{ id: memberId }] = await sql<{ id: string }>(
      `SELECT "id" FROM "${SCHEMA}"."workspaceMember"` +
        ` WHERE "deletedAt" IS NULL ORDER BY "id" LIMIT 1`,
    );

    worker = new Worker(
      'workflow-queue',
      async (job: Job<WorkflowJobData>) => {
        received.push({ name: job.name, data: job.data, opts: job.opts });
      },
      { connection: { url: redis.url, maxRetriesPerRequest: null } },
    );
    await worker.waitUntilReady();
  }, 60_000);

  afterAll(async () => {
    await worker?.close();
    await admin?.close();
    await server?.stop();
    await redis?.stop();
  }, 30_000);

  let personIds: string[];
  let companyId: string;

  it('person.created: one job per created person for the live database-event trigger only, with its company', async () => {
    const { records } = await callTool(admin, 'create_records', {
      object: 'person',
      records: [
        { name: { firstName: 'Flow', lastName: 'One' }, companyId: company.id },
        { name: { firstName: 'Flow', lastName: 'Two' } },
      ],
    });

    personIds = records.map((record) => record.id);

    const jobs = await receive(2);

    expect(started(jobs)).toEqual([
      [WORKFLOWS.personCreated, personIds[0]],
      [WORKFLOWS.personCreated, personIds[1]],
    ]);

    for (const job of jobs) {
      expect(job.name).toBe('WorkflowTriggerJob');
      expect(Object.keys(job.data).sort()).toEqual([
        'payload',
        'workflowId',
        'workspaceId',
      ]);
      expect(job.data.workspaceId).toBe(DEMO_WORKSPACE.id);
      expect(job.opts).toMatchObject({
        priority: 2,
        attempts: 4,
        removeOnComplete: { age: 14_400, count: 1000 },
        removeOnFail: { age: 604_800, count: 1000 },
      });
      expect(Object.keys(job.data.payload.properties)).toEqual(['after']);
    }

    const [withCompany, without] = jobs.map(
      (job) => job.data.payload.properties.after!,
    );

    expect(withCompany).toMatchObject({
      id: personIds[0],
      name: { firstName: 'Flow', lastName: 'One' },
      companyId: company.id,
      company: { id: company.id, name: company.name, deletedAt: null },
    });
    // One level deep: the company's own relations stay join columns.
    expect(withCompany.company).toHaveProperty('accountOwnerId');
    expect(withCompany.company).not.toHaveProperty('accountOwner');
    expect(without).toMatchObject({ id: personIds[1], companyId: null });
    expect(without).not.toHaveProperty('company');
  });

  it('company.updated: starts the workflow watching `name` only when the name changed, with the account owner before and after', async () => {
    // Nothing watches person updates or company creations, and this update
    // leaves the watched field alone: the first job to come is the rename's.
    await callTool(admin, 'update_records', {
      object: 'person',
      records: [{ id: personIds[0], jobTitle: 'Automator' }],
    });

    const { records } = await callTool(admin, 'create_records', {
      object: 'company',
      records: [{ name: 'Workflow Co', accountOwnerId: memberId }],
    });

    companyId = records[0].id;
    await callTool(admin, 'update_records', {
      object: 'company',
      records: [{ id: companyId, employees: 12 }],
    });
    await callTool(admin, 'update_records', {
      object: 'company',
      records: [{ id: companyId, name: 'Workflow Co Renamed' }],
    });

    const [job] = await receive(1);

    expect(started([job])).toEqual([[WORKFLOWS.companyNameUpdated, companyId]]);

    const { before, after, updatedFields } = job.data.payload.properties;

    expect(updatedFields).toContain('name');
    expect(before).toMatchObject({
      name: 'Workflow Co',
      accountOwnerId: memberId,
      accountOwner: { id: memberId },
    });
    expect(after).toMatchObject({
      name: 'Workflow Co Renamed',
      employees: 12,
      accountOwner: { id: memberId, userId: expect.any(String) },
    });
  });

  it('person.deleted: starts its workflow with the record before the deletion, enriched; restores start nothing', async () => {
    await callTool<IdsResult>(admin, 'delete_records', {
      object: 'person',
      ids: [personIds[0]],
    });

    const [deleted] = await receive(1);

    expect(started([deleted])).toEqual([
      [WORKFLOWS.personDeleted, personIds[0]],
    ]);
    expect(deleted.data.payload.properties.before).toMatchObject({
      deletedAt: null,
      company: { id: company.id, name: company.name },
    });

    await callTool<IdsResult>(admin, 'restore_records', {
      object: 'person',
      ids: [personIds[0]],
    });
    const { records } = await callTool(admin, 'create_records', {
      object: 'person',
      records: [{ name: { firstName: 'Flow', lastName: 'Three' } }],
    });

    expect(started(await receive(1))).toEqual([
      [WORKFLOWS.personCreated, records[0].id],
    ]);
  });

  it('commits the write and counts the batch when the triggers cannot be read', async () => {
    const status = server.app.get(TwentyMcpAdminService);

    expect(status.getRecordEventsStatus()).toMatchObject({ failedJobs: 0 });

    await sql(`ALTER TABLE ${TRIGGERS} RENAME COLUMN "settings" TO "moved"`);

    try {
      const { records } = await callTool(admin, 'create_records', {
        object: 'person',
        records: [{ name: { firstName: 'Flow', lastName: 'Unread' } }],
      });
      const found = await callTool(admin, 'get_records', {
        object: 'person',
        ids: [records[0].id],
      });

      expect(found.records.map((record) => record.id)).toEqual([records[0].id]);
      expect(status.getRecordEventsStatus()).toMatchObject({ failedJobs: 1 });
    } finally {
      await sql(`ALTER TABLE ${TRIGGERS} RENAME COLUMN "moved" TO "settings"`);
    }

    // And the next write starts its workflow again, nothing queued between.
    const { records } = await callTool(admin, 'create_records', {
      object: 'person',
      records: [{ name: { firstName: 'Flow', lastName: 'Again' } }],
    });

    expect(started(await receive(1))).toEqual([
      [WORKFLOWS.personCreated, records[0].id],
    ]);
  });

  // Twenty evaluates a trigger's record filter on the enriched event before
  // it enqueues: a filtered workflow starts exactly for the records the
  // filter lets through, and a filter the sidecar cannot evaluate (here an
  // operand Twenty does not know) starts nothing. Each write is followed by
  // a person creation, whose job must come next: nothing else was queued.
  const expectNothingElseQueued = async () => {
    const { records } = await callTool(admin, 'create_records', {
      object: 'person',
      records: [{ name: { firstName: 'Flow', lastName: 'Sentinel' } }],
    });

    expect(started(await receive(1))).toEqual([
      [WORKFLOWS.personCreated, records[0].id],
    ]);
  };
  let filteredCompanyId: string;

  it('company.created with record filters: starts only the workflows whose filter the new company matches', async () => {
    await insertTrigger(WORKFLOWS.createdFiltered, {
      eventName: 'company.created',
      // name contains "Filtered" AND (employees >= 100 OR the account
      // owner, an enriched relation, is the member)
      filter: recordFilter(
        [
          condition('root', 'TEXT', 'CONTAINS', 'name', 'Filtered'),
          condition(
            'either',
            'NUMBER',
            'GREATER_THAN_OR_EQUAL',
            'employees',
            '100',
          ),
          condition('either', 'RELATION', 'IS', 'accountOwner', memberId),
        ],
        [
          { id: 'root', logicalOperator: 'AND' },
          {
            id: 'either',
            logicalOperator: 'OR',
            parentStepFilterGroupId: 'root',
          },
        ],
      ),
    });
    await insertTrigger(WORKFLOWS.createdFilteredOut, {
      eventName: 'company.created',
      filter: recordFilter([
        condition('root', 'TEXT', 'IS', 'name', 'Some Other Co'),
      ]),
    });
    await insertTrigger(WORKFLOWS.createdUnknownOperand, {
      eventName: 'company.created',
      filter: recordFilter([
        condition('root', 'TEXT', 'STARTS_WITH', 'name', 'Filtered'),
      ]),
    });

    const { records } = await callTool(admin, 'create_records', {
      object: 'company',
      records: [
        { name: 'Filtered Co', employees: 5, accountOwnerId: memberId },
        { name: 'Filtered Without Owner', employees: 5 },
        { name: 'Plain Co', accountOwnerId: memberId },
      ],
    });

    filteredCompanyId = records[0].id;

    const [job] = await receive(1);

    expect(started([job])).toEqual([
      [WORKFLOWS.createdFiltered, filteredCompanyId],
    ]);
    expect(job.data.payload.properties.after).toMatchObject({
      name: 'Filtered Co',
      accountOwner: { id: memberId },
    });
    await expectNothingElseQueued();
  });

  it('company.updated with record filters: decides on the updated record, after the watched-fields rule', async () => {
    const watchingEmployees = (filter: Record<string, unknown>) => ({
      eventName: 'company.updated',
      fields: ['employees'],
      filter,
    });

    await insertTrigger(
      WORKFLOWS.updatedAtLeast50,
      watchingEmployees(
        recordFilter([
          condition(
            'root',
            'NUMBER',
            'GREATER_THAN_OR_EQUAL',
            'employees',
            '50',
          ),
        ]),
      ),
    );
    await insertTrigger(
      WORKFLOWS.updatedAtMost10,
      watchingEmployees(
        recordFilter([
          // A deprecated spelling: 'lessThan' is "at most".
          condition('root', 'NUMBER', 'lessThan', 'employees', '10'),
        ]),
      ),
    );
    await insertTrigger(
      WORKFLOWS.updatedUnknownOperand,
      watchingEmployees(
        recordFilter([
          condition('root', 'NUMBER', 'BETWEEN', 'employees', '[0,1000]'),
        ]),
      ),
    );

    const update = (values: Record<string, unknown>) =>
      callTool(admin, 'update_records', {
        object: 'company',
        records: [{ id: filteredCompanyId, ...values }],
      });

    // Employees not touched: no filter is even asked.
    await update({ idealCustomerProfile: true });
    await expectNothingElseQueued();

    await update({ employees: 60 });
    expect(started(await receive(1))).toEqual([
      [WORKFLOWS.updatedAtLeast50, filteredCompanyId],
    ]);
    await expectNothingElseQueued();

    await update({ employees: 8 });
    expect(started(await receive(1))).toEqual([
      [WORKFLOWS.updatedAtMost10, filteredCompanyId],
    ]);
    await expectNothingElseQueued();
  });
});
