import { toPreparedStatementName } from '../to-prepared-statement-name.util';

describe('toPreparedStatementName', () => {
  it('should name the same text the same way, and different texts differently', () => {
    const a = toPreparedStatementName('SELECT 1');

    expect(toPreparedStatementName('SELECT 1')).toBe(a);
    expect(toPreparedStatementName('SELECT 2')).not.toBe(a);
    expect(toPreparedStatementName('SELECT 1 ')).not.toBe(a);
  });

  it('should give a valid PostgreSQL identifier', () => {
    const name = toPreparedStatementName(
      'SELECT * FROM "person" WHERE id = $1',
    );

    expect(name).toMatch(/^tmcp_[A-Za-z0-9_-]{16}$/);
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(63);
  });
});
