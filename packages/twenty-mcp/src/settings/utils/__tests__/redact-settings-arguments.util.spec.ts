import { redactSettingsArguments } from '../redact-settings-arguments.util';

describe('redactSettingsArguments', () => {
  it('should keep what changed and hide every secret, however nested', () => {
    expect(
      redactSettingsArguments({
        input: {
          isEnabled: true,
          objectIds: ['a', 'b'],
          password: 'hunter2',
          nested: [{ apiToken: 'x', tokenId: 't1' }],
        },
        id: 'token-row-id',
      }),
    ).toEqual({
      input: {
        isEnabled: true,
        objectIds: ['a', 'b'],
        password: '[redacted]',
        nested: [{ apiToken: '[redacted]', tokenId: 't1' }],
      },
      id: 'token-row-id',
    });
  });
});
