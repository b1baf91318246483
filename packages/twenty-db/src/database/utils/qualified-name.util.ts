import { escapeIdentifier } from 'pg';

// "schema"."name", each part quoted as Postgres requires.
export const qualifiedName = (schema: string, name: string): string =>
  `${escapeIdentifier(schema)}.${escapeIdentifier(name)}`;
