import { type ClientBase } from 'pg';

import { type WorkspaceObject } from '../../../metadata/types/workspace-metadata.type';
import { insertRecords } from '../../../records/services/insert-records';
import { buildRecordColumnLayout } from '../../../records/utils/build-record-column-layout.util';
import { readWorkspaceMetadata } from '../../../workspace/services/read-workspace-metadata';
import { type CreatedWorkspace } from '../../../workspace/types/created-workspace.type';
import { createAttachmentGenerator } from '../../generators/attachment.generator';
import { createCompanyGenerator } from '../../generators/company.generator';
import { generateFavorites } from '../../generators/favorite.generator';
import { createNoteGenerator } from '../../generators/note.generator';
import { createOpportunityGenerator } from '../../generators/opportunity.generator';
import { createPersonGenerator } from '../../generators/person.generator';
import { createSubscriptionGenerator } from '../../generators/subscription.generator';
import { createSupportTicketGenerator } from '../../generators/support-ticket.generator';
import { createTaskGenerator } from '../../generators/task.generator';
import {
  createTimelineActivityGenerator,
  type TimelineEvent,
} from '../../generators/timeline-activity.generator';
import { type SeedMember } from '../../generators/types/generator-context.type';
import { addDays } from '../../generators/utils/seed-dates.util';
import { createGeneratorContext } from '../../generators/utils/create-generator-context.util';
import { type DemoWorkspaceSpec } from '../constants/demo-workspaces.const';

const times = <T>(count: number, make: (index: number) => T): T[] =>
  Array.from({ length: count }, (_, index) => make(index));

// A few records of each main object are in the trash, so soft delete and
// restore have something to work on.
const SOFT_DELETED_EVERY = 37;

export const seedCrmRecords = async (
  client: ClientBase,
  {
    workspace,
    spec,
    members,
    seed,
    referenceDate,
  }: {
    workspace: CreatedWorkspace;
    spec: DemoWorkspaceSpec;
    members: SeedMember[];
    seed: number;
    referenceDate: Date;
  },
): Promise<void> => {
  const metadata = await readWorkspaceMetadata(client, workspace.id);
  const objects = new Map<string, WorkspaceObject>(
    metadata.objects.map((object) => [object.nameSingular, object]),
  );
  const insert = async (
    objectName: string,
    records: Record<string, unknown>[],
  ) => {
    const object = objects.get(objectName);

    if (!object) {
      throw new Error(
        `Workspace ${workspace.id} has no object "${objectName}"`,
      );
    }

    await insertRecords(client, {
      schemaName: workspace.schemaName,
      layout: buildRecordColumnLayout(object),
      records,
    });
  };
  const ctx = createGeneratorContext({
    workspaceId: workspace.id,
    seed,
    referenceDate,
    counts: spec.counts,
    members,
  });
  const companies = createCompanyGenerator(ctx);
  const people = createPersonGenerator(ctx, companies);
  const companyRecords = times(spec.counts.companies, companies.next);
  const personRecords = times(spec.counts.people, people.next);
  const opportunityRecords = times(
    spec.counts.opportunities,
    createOpportunityGenerator(ctx, companies).next,
  );
  const notes = times(spec.counts.notes, createNoteGenerator(ctx).next);
  const tasks = times(spec.counts.tasks, createTaskGenerator(ctx).next);

  await insert('company', companyRecords);
  await insert('person', personRecords);
  await insert('opportunity', opportunityRecords);
  await insert(
    'note',
    notes.map(({ note }) => note),
  );
  await insert(
    'noteTarget',
    notes.flatMap(({ targets }) => targets),
  );
  await insert(
    'task',
    tasks.map(({ task }) => task),
  );
  await insert(
    'taskTarget',
    tasks.flatMap(({ targets }) => targets),
  );
  await insert(
    'attachment',
    times(spec.counts.attachments, createAttachmentGenerator(ctx).next),
  );
  await insert('favorite', generateFavorites(ctx));

  const events: TimelineEvent[] = [
    ...companyRecords.map((record, index) => ({
      objectName: 'company' as const,
      index,
      recordName: String(record.name),
      event: 'created',
    })),
    ...personRecords.map((_, index) => ({
      objectName: 'person' as const,
      index,
      recordName: people.names[index],
      event: 'created',
    })),
    ...opportunityRecords.map((record, index) => ({
      objectName: 'opportunity' as const,
      index,
      recordName: String(record.name),
      event: 'created',
    })),
    ...notes.flatMap(({ note, about }) =>
      about.map((target) => ({
        ...target,
        recordName: String(note.title),
        event: 'linked-note.created',
        linkedObjectName: 'note',
        linkedRecordId: String(note.id),
      })),
    ),
  ];
  const objectMetadataIdByName = Object.fromEntries(
    metadata.objects.map((object) => [object.nameSingular, object.id]),
  );
  const timeline = createTimelineActivityGenerator(ctx, objectMetadataIdByName);

  await insert(
    'timelineActivity',
    events.map((event, index) => timeline.next(index, event)),
  );

  if (spec.withCustomObjects) {
    await insert(
      'subscription',
      times(
        spec.counts.subscriptions,
        createSubscriptionGenerator(ctx, companies, people).next,
      ),
    );
    await insert(
      'supportTicket',
      times(
        spec.counts.supportTickets,
        createSupportTicketGenerator(ctx, spec.counts.subscriptions).next,
      ),
    );
  }

  const deletedAt = addDays(referenceDate, -3);

  for (const [objectName, count] of [
    ['company', spec.counts.companies],
    ['person', spec.counts.people],
    ['opportunity', spec.counts.opportunities],
  ] as const) {
    const ids = times(count, (index) => index)
      .filter((index) => index % SOFT_DELETED_EVERY === SOFT_DELETED_EVERY - 1)
      .map((index) => ctx.recordId(objectName, index));

    await client.query(
      `UPDATE "${workspace.schemaName}"."${objectName}" SET "deletedAt" = $1 WHERE "id" = ANY($2::uuid[])`,
      [deletedAt, ids],
    );
  }
};
