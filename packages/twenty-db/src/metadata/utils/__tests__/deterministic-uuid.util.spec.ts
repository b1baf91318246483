import { STANDARD_APPLICATION } from '@twenty-mcp/twenty-layout';

import { deterministicUuid } from '../deterministic-uuid.util';

describe('deterministicUuid', () => {
  // Values published in Twenty's standard universal-identifier snapshot.
  it.each([
    [
      '20202020-e674-48e5-a542-72570eee7213',
      'id',
      '1e99e171-d0f9-50a8-b342-7f0bdd9bea66',
    ],
    [
      '20202020-b374-4779-a561-80086cb2e17f',
      'position',
      'a6c6ffb5-1a46-5f3d-b0e3-14c071e3a972',
    ],
  ])(
    'should reproduce the system field identifier of %s.%s',
    (objectUniversalIdentifier, fieldName, expected) => {
      expect(
        deterministicUuid(
          STANDARD_APPLICATION.universalIdentifier,
          'fieldMetadata',
          objectUniversalIdentifier,
          fieldName,
        ),
      ).toBe(expected);
    },
  );

  it('should give different ids for different names', () => {
    const namespace = '3b8e6458-5fc1-4e63-8563-008ccddaa6db';

    expect(deterministicUuid(namespace, 'a')).not.toBe(
      deterministicUuid(namespace, 'b'),
    );
  });
});
