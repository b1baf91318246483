import { deterministicUuid } from '../../../metadata/utils/deterministic-uuid.util';
import {
  type GeneratorContext,
  type GeneratorCounts,
  type SeedMember,
} from '../types/generator-context.type';

export const createGeneratorContext = ({
  workspaceId,
  seed,
  referenceDate,
  counts,
  members,
}: {
  workspaceId: string;
  seed: number;
  referenceDate: Date;
  counts: GeneratorCounts;
  members: SeedMember[];
}): GeneratorContext => {
  if (members.length === 0) {
    throw new Error('Seeding records needs at least one workspace member');
  }

  return {
    workspaceId,
    seed,
    referenceDate,
    counts,
    members,
    recordId: (objectName, index) =>
      deterministicUuid(
        workspaceId,
        'record',
        String(seed),
        objectName,
        String(index),
      ),
  };
};
