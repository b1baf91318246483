import { hashAuditArguments } from '../hash-audit-arguments.util';

describe('hashAuditArguments', () => {
  it('should hash equal arguments equally whatever their key order', () => {
    expect(hashAuditArguments({ object: 'person', limit: 5 })).toBe(
      hashAuditArguments({ limit: 5, object: 'person' }),
    );
    expect(hashAuditArguments({ object: 'person', limit: 5 })).not.toBe(
      hashAuditArguments({ object: 'person', limit: 6 }),
    );
    expect(hashAuditArguments(undefined)).toBe(hashAuditArguments({}));
  });
});
