import { describeInvalidParams } from '../describe-invalid-params.util';

const issues = (count: number) =>
  JSON.stringify(
    Array.from({ length: count }, (_, index) => ({
      code: 'invalid_type',
      path: ['params', `field${index}`],
      message: 'Invalid input: expected string, received number',
    })),
    null,
    2,
  );

describe('describeInvalidParams', () => {
  it('should turn a serialised issue list into one short line', () => {
    expect(
      describeInvalidParams('resources/read', `Invalid request: ${issues(1)}`),
    ).toBe(
      'Invalid params for resources/read: params.field0: Invalid input: expected string, received number',
    );
  });

  it('should name three issues and count the rest', () => {
    expect(describeInvalidParams('prompts/get', issues(5))).toMatch(
      /field0: .*; params\.field1: .*; params\.field2: [^;]* \(\+2 more\)$/,
    );
  });

  it.each([
    'The database could not complete this request',
    'Unexpected [ token',
    '[1, 2]',
    '[]',
  ])('should leave a message that is no issue list alone: %s', (message) => {
    expect(describeInvalidParams('tools/call', message)).toBeNull();
  });
});
