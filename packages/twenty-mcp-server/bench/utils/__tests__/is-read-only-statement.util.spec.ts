import { isReadOnlyStatement } from '../is-read-only-statement.util';

describe('isReadOnlyStatement', () => {
  it.each([
    'SELECT 1',
    '  select "id" FROM "workspace_x"."person"',
    'START TRANSACTION',
    'BEGIN',
    'COMMIT',
    'SET LOCAL statement_timeout = 5000',
    'WITH page AS (SELECT 1) SELECT * FROM page',
  ])('should replay %s', (text) => {
    expect(isReadOnlyStatement({ text })).toBe(true);
  });

  it.each([
    'INSERT INTO "mcp"."auditEvent" ("sequence") VALUES ($1)',
    'UPDATE core."apiKey" SET "name" = $1',
    'DELETE FROM x',
    'WITH moved AS (DELETE FROM x RETURNING *) SELECT count(*) FROM moved',
  ])('should not replay %s', (text) => {
    expect(isReadOnlyStatement({ text })).toBe(false);
  });
});
