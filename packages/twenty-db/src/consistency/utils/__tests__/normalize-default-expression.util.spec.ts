import { normalizeDefaultExpression } from '../normalize-default-expression.util';

// Left: what serializeDefaultValue writes; right: what pg_get_expr prints
// for it (observed on PostgreSQL 15).
const SAME_DEFAULTS: [string, string][] = [
  ['public.uuid_generate_v4()', 'uuid_generate_v4()'],
  ['now()', 'now()'],
  ['now()', 'CURRENT_TIMESTAMP'],
  [`'true'::boolean`, 'true'],
  [`'false'::boolean`, 'false'],
  [`'0'::double precision`, `'0'::double precision`],
  [`'0'::double precision`, '0'],
  [`'1.5'::numeric`, '1.5'],
  [`'-1'::integer`, '(-1)'],
  [`''::text`, `''::text`],
  [`'it''s'::text`, `'it''s'::text`],
  [
    `'STARTER'::"workspace_x"."_subscription_plan_enum"`,
    `'STARTER'::workspace_x._subscription_plan_enum`,
  ],
  [
    `'MANUAL'::"ws"."person_createdBySource_enum"`,
    `'MANUAL'::ws."person_createdBySource_enum"`,
  ],
  [
    `ARRAY['A', 'B']::"ws"."t_c_enum"[]`,
    `ARRAY['A'::ws.t_c_enum, 'B'::ws.t_c_enum]`,
  ],
  [`ARRAY['A', 'B']::"ws"."t_c_enum"[]`, `'{A,B}'::ws.t_c_enum[]`],
  [`ARRAY['a b']::text[]`, `'{"a b"}'::text[]`],
  ['ARRAY[]::text[]', `'{}'::text[]`],
  [`'{"a":1,"b":[]}'::jsonb`, `'{"b": [], "a": 1}'::jsonb`],
];

const DIFFERENT_DEFAULTS: [string | null, string | null][] = [
  [`'NEW'::"ws"."e"`, `'WON'::ws.e`],
  [`''::text`, null],
  ['now()', 'uuid_generate_v4()'],
  [`'0'::double precision`, '1'],
  [`ARRAY['A', 'B']::"ws"."e"[]`, `'{B,A}'::ws.e[]`],
  [`'{"a":1}'::jsonb`, `'{"a":2}'::jsonb`],
];

describe('normalizeDefaultExpression', () => {
  it.each(SAME_DEFAULTS)(
    'should treat %s and %s as the same default',
    (ours, postgres) => {
      expect(normalizeDefaultExpression(ours)).toBe(
        normalizeDefaultExpression(postgres),
      );
    },
  );

  it.each(DIFFERENT_DEFAULTS)('should tell %s from %s', (a, b) => {
    expect(normalizeDefaultExpression(a)).not.toBe(
      normalizeDefaultExpression(b),
    );
  });

  it('should give an empty text for no default', () => {
    expect(normalizeDefaultExpression(null)).toBe('');
    expect(normalizeDefaultExpression('  ')).toBe('');
  });

  it('should keep the parentheses of function calls', () => {
    expect(normalizeDefaultExpression('public.uuid_generate_v4()')).toBe(
      'uuid_generate_v4 ( )',
    );
  });
});
