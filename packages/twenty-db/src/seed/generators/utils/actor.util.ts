import { type SeedMember } from '../types/generator-context.type';

// How Twenty stamps createdBy / updatedBy for something a member did in the UI.
export const manualActor = (member: SeedMember) => ({
  source: 'MANUAL',
  workspaceMemberId: member.id,
  name: member.name,
  context: {},
});
