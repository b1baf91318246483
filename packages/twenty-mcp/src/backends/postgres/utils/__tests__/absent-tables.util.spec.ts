import { AbsentTables } from '../absent-tables.util';

describe('AbsentTables', () => {
  afterEach(() => jest.restoreAllMocks());

  it('should remember a missing table for a minute, then ask again', () => {
    const now = jest.spyOn(Date, 'now').mockReturnValue(1_000_000);
    const absent = new AbsentTables();

    expect(absent.isKnownAbsent('core.applicationAuthorization')).toBe(false);

    absent.markAbsent('core.applicationAuthorization');

    expect(absent.isKnownAbsent('core.applicationAuthorization')).toBe(true);
    expect(absent.isKnownAbsent('workspace_1')).toBe(false);

    now.mockReturnValue(1_059_999);
    expect(absent.isKnownAbsent('core.applicationAuthorization')).toBe(true);

    now.mockReturnValue(1_060_000);
    expect(absent.isKnownAbsent('core.applicationAuthorization')).toBe(false);
  });
});
