import { type GeneratorContext } from './types/generator-context.type';

// Each member pins their biggest accounts and one deal.
export const generateFavorites = (
  ctx: GeneratorContext,
): Record<string, unknown>[] =>
  ctx.members.flatMap((member, memberIndex) =>
    [
      {
        companyId: ctx.recordId('company', memberIndex % ctx.counts.companies),
      },
      {
        companyId: ctx.recordId(
          'company',
          (memberIndex + 7) % ctx.counts.companies,
        ),
      },
      {
        opportunityId: ctx.recordId(
          'opportunity',
          memberIndex % ctx.counts.opportunities,
        ),
      },
    ].map((target, position) => ({
      id: ctx.recordId('favorite', memberIndex * 10 + position),
      forWorkspaceMemberId: member.id,
      position,
      createdAt: ctx.referenceDate,
      updatedAt: ctx.referenceDate,
      ...target,
    })),
  );
