import { serializeDefaultValue } from '../serialize-default-value.util';

const serialize = (defaultValue: unknown, castType = 'text', isArray = false) =>
  serializeDefaultValue({ defaultValue, castType, isArray, context: 'test' });

describe('serializeDefaultValue', () => {
  it('should give no default for null and undefined', () => {
    expect(serialize(null)).toBeNull();
    expect(serialize(undefined)).toBeNull();
  });

  it('should map the function names uuid and now', () => {
    expect(serialize('uuid', 'uuid')).toBe('public.uuid_generate_v4()');
    expect(serialize('now', 'timestamp with time zone')).toBe('now()');
  });

  it('should unquote, escape and cast string defaults', () => {
    expect(serialize("'NEW'", '"ws"."opportunity_stage_enum"')).toBe(
      `'NEW'::"ws"."opportunity_stage_enum"`,
    );
    expect(serialize("'it''s'")).toBe(`'it''''s'::text`);
    expect(serialize("''")).toBe(`''::text`);
  });

  it('should refuse an unquoted string, as Twenty does', () => {
    expect(() => serialize('NEW')).toThrow('must be SQL-quoted');
  });

  it('should cast numbers and booleans', () => {
    expect(serialize(0, 'double precision')).toBe(`'0'::double precision`);
    expect(serialize(false, 'boolean')).toBe(`'false'::boolean`);
  });

  it('should build arrays for multi-select and array columns', () => {
    expect(serialize(["'A'", "'B'"], '"ws"."t_c_enum"', true)).toBe(
      `ARRAY['A', 'B']::"ws"."t_c_enum"[]`,
    );
  });

  it('should store objects as jsonb', () => {
    expect(serialize({ a: 1 }, 'jsonb')).toBe(`'{"a":1}'::jsonb`);
  });
});
