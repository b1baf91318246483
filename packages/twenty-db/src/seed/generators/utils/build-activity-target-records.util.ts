import {
  type GeneratorContext,
  type SeedMember,
} from '../types/generator-context.type';
import { manualActor } from './actor.util';
import { type ActivityTarget, targetColumn } from './pick-activity-target.util';

// The noteTarget / taskTarget rows linking one note or task to what it is
// about. An activity has at most four targets, hence the index stride.
export const buildActivityTargetRecords = ({
  ctx,
  activity,
  activityIndex,
  activityId,
  about,
  author,
  createdAt,
}: {
  ctx: GeneratorContext;
  activity: 'note' | 'task';
  activityIndex: number;
  activityId: string;
  about: ActivityTarget[];
  author: SeedMember;
  createdAt: Date;
}): Record<string, unknown>[] =>
  about.map((target, position) => ({
    id: ctx.recordId(`${activity}Target`, activityIndex * 4 + position),
    [`${activity}Id`]: activityId,
    [targetColumn(target.objectName)]: ctx.recordId(
      target.objectName,
      target.index,
    ),
    position,
    createdAt,
    updatedAt: createdAt,
    createdBy: manualActor(author),
    updatedBy: manualActor(author),
  }));
