import { type GeneratorContext } from './types/generator-context.type';
import { createSeededFaker } from './utils/create-seeded-faker.util';
import { targetColumn } from './utils/pick-activity-target.util';
import { addDays } from './utils/seed-dates.util';

export type TimelineEvent = {
  objectName: 'company' | 'person' | 'opportunity';
  index: number;
  recordName: string;
  // e.g. `created` or `linked-note.created`
  event: string;
  linkedObjectName?: string;
  linkedRecordId?: string;
};

// Timeline activities are what Twenty's event listeners write after each
// change; the seed writes the "created" events of its own records.
export const createTimelineActivityGenerator = (
  ctx: GeneratorContext,
  objectMetadataIdByName: Record<string, string>,
) => {
  const faker = createSeededFaker(ctx.seed, 'timelineActivity');

  return {
    next: (index: number, event: TimelineEvent): Record<string, unknown> => {
      const member = faker.helpers.arrayElement(ctx.members);
      const happensAt = addDays(
        ctx.referenceDate,
        -faker.number.float({ min: 0, max: 365 }),
      );
      const recordId = ctx.recordId(event.objectName, event.index);
      const isLinked = event.linkedObjectName !== undefined;

      return {
        id: ctx.recordId('timelineActivity', index),
        happensAt,
        name: isLinked ? event.event : `${event.objectName}.${event.event}`,
        properties: isLinked ? {} : { after: { name: event.recordName } },
        linkedRecordCachedName: event.recordName,
        linkedRecordId: isLinked ? (event.linkedRecordId ?? null) : recordId,
        linkedObjectMetadataId:
          objectMetadataIdByName[event.linkedObjectName ?? event.objectName] ??
          null,
        workspaceMemberId: member.id,
        [targetColumn(event.objectName)]: recordId,
        position: index,
        createdAt: happensAt,
        updatedAt: happensAt,
      };
    },
  };
};
