import { normalizeColumnType } from '../normalize-column-type.util';

describe('normalizeColumnType', () => {
  it('should compare enum types whatever their quoting', () => {
    expect(normalizeColumnType('"workspace_x"."t_c_enum"[]')).toBe(
      normalizeColumnType('workspace_x.t_c_enum[]'),
    );
  });

  it('should keep the case of quoted enum names', () => {
    expect(
      normalizeColumnType('workspace_x."_subscription_healthScore_enum"'),
    ).toBe('workspace_x._subscription_healthScore_enum');
  });

  it('should tell enums of different schemas apart', () => {
    expect(normalizeColumnType('"ws_a"."t_c_enum"')).not.toBe(
      normalizeColumnType('"ws_b"."t_c_enum"'),
    );
  });

  it('should tell arrays from scalars', () => {
    expect(normalizeColumnType('text[]')).not.toBe(normalizeColumnType('text'));
    expect(normalizeColumnType('integer[3]')).toBe('integer[]');
  });

  it('should resolve the aliases DDL accepts to the names format_type prints', () => {
    expect(normalizeColumnType('timestamptz')).toBe('timestamp with time zone');
    expect(normalizeColumnType('float8')).toBe('double precision');
    expect(normalizeColumnType('DOUBLE PRECISION')).toBe('double precision');
    expect(normalizeColumnType('bool')).toBe('boolean');
    expect(normalizeColumnType('pg_catalog.text')).toBe('text');
  });

  it('should keep typmods wherever format_type puts them', () => {
    expect(normalizeColumnType('varchar(255)')).toBe(
      normalizeColumnType('character varying(255)'),
    );
    expect(normalizeColumnType('timestamp(3) with time zone')).toBe(
      normalizeColumnType('timestamptz(3)'),
    );
    expect(normalizeColumnType('numeric(10, 2)')).toBe('numeric(10,2)');
  });
});
