import { decodePendingTwentySignIn } from '../decode-pending-twenty-sign-in.util';
import { encodePendingTwentySignIn } from '../encode-pending-twenty-sign-in.util';

const pending = {
  state: 's'.repeat(43),
  verifier: 'v'.repeat(43),
  clientId: 'client-1',
  expiresAt: 1_800_000_000_000,
};

describe('decodePendingTwentySignIn', () => {
  it('should read back what was encoded', () => {
    expect(
      decodePendingTwentySignIn(encodePendingTwentySignIn(pending)),
    ).toEqual(pending);
  });

  it.each([
    ['no cookie', undefined],
    ['not base64url JSON', '%%%'],
    ['JSON that is not an object', Buffer.from('42').toString('base64url')],
    [
      'a missing verifier',
      Buffer.from(JSON.stringify({ ...pending, verifier: undefined })).toString(
        'base64url',
      ),
    ],
    [
      'an expiry that is not a number',
      Buffer.from(JSON.stringify({ ...pending, expiresAt: 'soon' })).toString(
        'base64url',
      ),
    ],
    ['an oversized value', 'a'.repeat(5000)],
  ])('should answer null for %s', (_label, value) => {
    expect(decodePendingTwentySignIn(value)).toBeNull();
  });
});
