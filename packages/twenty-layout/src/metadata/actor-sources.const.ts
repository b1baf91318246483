// FieldActorSource, in Twenty's enum order (the PG enum label order).
export const ACTOR_SOURCES = [
  'EMAIL',
  'CALENDAR',
  'WORKFLOW',
  'AGENT',
  'API',
  'IMPORT',
  'MANUAL',
  'SYSTEM',
  'WEBHOOK',
  'APPLICATION',
] as const;

export type ActorSource = (typeof ACTOR_SOURCES)[number];
