import { type ClientBase, escapeIdentifier } from 'pg';

import { applyCoreSchema } from '../../../core/services/apply-core-schema';
import { FIXTURE_MARKER } from '../../../fixture/constants/fixture-marker.const';
import { writeFixtureMarker } from '../../../fixture/services/fixture-marker';
import { generateAppSecret } from '../../../fixture/utils/generate-app-secret.util';
import { type ObjectDescription } from '../../../metadata/types/object-description.type';
import { type WorkspaceObject } from '../../../metadata/types/workspace-metadata.type';
import { copyRecords } from '../../../records/services/copy-records';
import { buildRecordColumnLayout } from '../../../records/utils/build-record-column-layout.util';
import { planWorkspaceSchemaDdl } from '../../../workspace-schema/utils/generate-workspace-schema-ddl.util';
import { createWorkspace } from '../../../workspace/services/create-workspace';
import { readWorkspaceMetadata } from '../../../workspace/services/read-workspace-metadata';
import { seedWorkspaceAccess } from '../../access/services/seed-workspace-access';
import { createCompanyGenerator } from '../../generators/company.generator';
import { createNoteGenerator } from '../../generators/note.generator';
import { createOpportunityGenerator } from '../../generators/opportunity.generator';
import { createPersonGenerator } from '../../generators/person.generator';
import { type GeneratorCounts } from '../../generators/types/generator-context.type';
import { createGeneratorContext } from '../../generators/utils/create-generator-context.util';
import { startOfUtcDay } from '../../demo/services/seed-demo-database';
import { LARGE_WORKSPACE } from '../constants/large-workspace.const';

export type LargeWorkspaceProgress = {
  phase: string;
  done: number;
  total: number;
};

export type LargeWorkspaceResult = {
  workspaceId: string;
  schemaName: string;
  counts: GeneratorCounts & { noteTargets: number };
  timingsMs: Record<string, number>;
};

function* batchesOf<T>(
  count: number,
  size: number,
  make: (index: number) => T,
) {
  for (let start = 0; start < count; start += size) {
    const end = Math.min(count, start + size);
    const batch: T[] = [];

    for (let index = start; index < end; index++) {
      batch.push(make(index));
    }

    yield batch;
  }
}

export const computeLargeCounts = (people: number): GeneratorCounts => ({
  people,
  companies: Math.max(1, Math.round(people / LARGE_WORKSPACE.peoplePerCompany)),
  opportunities: Math.round(people * LARGE_WORKSPACE.opportunitiesPerPerson),
  notes: Math.round(people * LARGE_WORKSPACE.notesPerPerson),
  tasks: 0,
});

// Builds a benchmark-sized workspace in a database twenty-db created: the
// layout and roles as usual, then the four big tables streamed with COPY
// while their foreign keys and secondary indexes are off, then those
// rebuilt from metadata.
export const generateLargeWorkspace = async (
  client: ClientBase,
  {
    people,
    seed = 7,
    referenceDate = startOfUtcDay(new Date()),
    customObjects = [],
    onProgress,
  }: {
    people: number;
    seed?: number;
    referenceDate?: Date;
    // Extra objects (empty tables), for workspaces large in objects.
    customObjects?: ObjectDescription[];
    onProgress?: (progress: LargeWorkspaceProgress) => void;
  },
): Promise<LargeWorkspaceResult> => {
  const timingsMs: Record<string, number> = {};
  const timed = async <T>(phase: string, run: () => Promise<T>) => {
    const startedAt = Date.now();
    const result = await run();

    timingsMs[phase] = Date.now() - startedAt;

    return result;
  };
  const counts = computeLargeCounts(people);

  const workspace = await timed('layout', async () => {
    await applyCoreSchema(client);

    return createWorkspace(client, {
      id: LARGE_WORKSPACE.id,
      displayName: LARGE_WORKSPACE.displayName,
      subdomain: LARGE_WORKSPACE.subdomain,
      customObjects,
      createdAt: referenceDate,
    });
  });
  const access = await seedWorkspaceAccess(
    client,
    workspace,
    {
      roles: [],
      users: Array.from({ length: LARGE_WORKSPACE.members }, (_, index) => ({
        key: `member${index}`,
        firstName: 'Member',
        lastName: String(index + 1),
        email: `member${index + 1}@large.test`,
        roleKey: index === 0 ? 'admin' : 'member',
      })),
      apiKeys: [
        {
          key: 'admin',
          name: 'Large - admin',
          roleKey: 'admin',
          expiresAt: new Date(
            referenceDate.getTime() + 100 * 365.25 * 86_400_000,
          ),
        },
      ],
    },
    { now: referenceDate },
  );
  const metadata = await readWorkspaceMetadata(client, workspace.id);
  const objects = new Map<string, WorkspaceObject>(
    metadata.objects.map((object) => [object.nameSingular, object]),
  );
  const plan = planWorkspaceSchemaDdl({
    schemaName: workspace.schemaName,
    metadata,
  });
  const bulkTables = new Set([
    'company',
    'person',
    'opportunity',
    'note',
    'noteTarget',
  ]);
  const bulkForeignKeys = plan.foreignKeys.filter(
    (statement) =>
      bulkTables.has(statement.tableName) ||
      bulkTables.has(statement.referencedTableName ?? ''),
  );
  const bulkIndexes = plan.indexes.filter((statement) =>
    bulkTables.has(statement.tableName),
  );
  const schema = escapeIdentifier(workspace.schemaName);

  // Foreign keys pointing into the bulk tables (e.g. from attachments) are
  // dropped too: Postgres checks them on every referenced-table insert.
  for (const statement of bulkForeignKeys) {
    await client.query(
      `ALTER TABLE ${schema}.${escapeIdentifier(statement.tableName)} DROP CONSTRAINT ${escapeIdentifier(statement.name)}`,
    );
  }

  for (const statement of bulkIndexes) {
    await client.query(
      `DROP INDEX ${schema}.${escapeIdentifier(statement.name)}`,
    );
  }

  const ctx = createGeneratorContext({
    workspaceId: workspace.id,
    seed,
    referenceDate,
    counts,
    members: access.users.map((user) => ({
      id: user.workspaceMemberId,
      name: user.name,
    })),
  });
  const companies = createCompanyGenerator(ctx);
  const persons = createPersonGenerator(ctx, companies);
  const opportunities = createOpportunityGenerator(ctx, companies);
  const notes = createNoteGenerator(ctx);
  const copy = (
    objectName: string,
    total: number,
    batches: Iterable<Record<string, unknown>[]>,
  ) =>
    timed(objectName, async () => {
      let done = 0;

      onProgress?.({ phase: objectName, done, total });

      return copyRecords(client, {
        schemaName: workspace.schemaName,
        layout: buildRecordColumnLayout(objects.get(objectName)!),
        batches,
        onRows: (count) => {
          done += count;
          onProgress?.({ phase: objectName, done, total });
        },
      });
    });
  const { batchSize } = LARGE_WORKSPACE;
  const noteTargets: Record<string, unknown>[][] = [];

  await copy(
    'company',
    counts.companies,
    batchesOf(counts.companies, batchSize, companies.next),
  );
  await copy(
    'person',
    counts.people,
    batchesOf(counts.people, batchSize, persons.next),
  );
  await copy(
    'opportunity',
    counts.opportunities,
    batchesOf(counts.opportunities, batchSize, opportunities.next),
  );
  await copy(
    'note',
    counts.notes,
    (function* () {
      for (const batch of batchesOf(counts.notes, batchSize, notes.next)) {
        noteTargets.push(batch.flatMap((item) => item.targets));
        yield batch.map((item) => item.note);
      }
    })(),
  );

  const noteTargetCount = noteTargets.reduce(
    (sum, batch) => sum + batch.length,
    0,
  );

  await copy('noteTarget', noteTargetCount, noteTargets);

  await timed('indexes', async () => {
    let done = 0;
    const statements = [...bulkIndexes, ...bulkForeignKeys];

    for (const statement of statements) {
      onProgress?.({
        phase: 'indexes and foreign keys',
        done: done++,
        total: statements.length,
      });
      await client.query(statement.sql);
    }

    onProgress?.({
      phase: 'indexes and foreign keys',
      done,
      total: statements.length,
    });
    await client.query(`ANALYZE`);
  });

  await writeFixtureMarker(client, {
    layoutVersion: FIXTURE_MARKER.layoutVersion,
    appSecret: generateAppSecret(),
    seed,
    referenceDate: referenceDate.toISOString(),
    createdAt: new Date().toISOString(),
    apiKeySecretTypes: Object.fromEntries(
      access.apiKeys.map((apiKey) => [apiKey.id, apiKey.secretType]),
    ),
  });

  return {
    workspaceId: workspace.id,
    schemaName: workspace.schemaName,
    counts: { ...counts, noteTargets: noteTargetCount },
    timingsMs,
  };
};
