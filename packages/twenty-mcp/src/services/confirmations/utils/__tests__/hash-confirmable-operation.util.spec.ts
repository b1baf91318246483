import { hashConfirmableOperation } from '../hash-confirmable-operation.util';

const operation = {
  tool: 'destroy_records',
  objectName: 'person',
  arguments: { ids: ['a', 'b'] },
};

describe('hashConfirmableOperation', () => {
  it('should be a SHA-256 that ignores key order', () => {
    const hash = hashConfirmableOperation(operation);

    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(
      hashConfirmableOperation({
        arguments: { ids: ['a', 'b'] },
        objectName: 'person',
        tool: 'destroy_records',
      }),
    ).toBe(hash);
  });

  it.each([
    ['another tool', { ...operation, tool: 'delete_records' }],
    ['another object', { ...operation, objectName: 'company' }],
    ['other ids', { ...operation, arguments: { ids: ['a'] } }],
    [
      'another argument',
      { ...operation, arguments: { ids: ['a', 'b'], x: 1 } },
    ],
  ])('should differ for %s', (_case, other) => {
    expect(hashConfirmableOperation(other)).not.toBe(
      hashConfirmableOperation(operation),
    );
  });
});
