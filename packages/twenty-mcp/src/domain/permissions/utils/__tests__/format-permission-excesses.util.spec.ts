import { formatPermissionExcesses } from '../format-permission-excesses.util';

describe('formatPermissionExcesses', () => {
  it('should name rights beyond records and per object, then count the rest', () => {
    const objects = Array.from({ length: 8 }, (_, index) => ({
      objectLabel: `Objects ${index}`,
      rights: ['delete', 'destroy'],
    }));

    expect(
      formatPermissionExcesses([
        { objectLabel: null, rights: ['all settings'] },
        ...objects,
      ]),
    ).toBe(
      'beyond records: all settings; Objects 0: delete, destroy; Objects 1: delete, destroy; Objects 2: delete, destroy; Objects 3: delete, destroy; Objects 4: delete, destroy; and 3 more objects',
    );
    expect(formatPermissionExcesses(objects.slice(0, 1))).toBe(
      'Objects 0: delete, destroy',
    );
  });
});
