import { createHash } from 'node:crypto';

import { createPkcePair } from '../create-pkce-pair.util';

describe('createPkcePair', () => {
  it('should return a fresh 43-character verifier and its S256 challenge', () => {
    const first = createPkcePair();
    const second = createPkcePair();

    expect(first.verifier).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(first.verifier).not.toBe(second.verifier);
    expect(first.challenge).toBe(
      createHash('sha256').update(first.verifier).digest('base64url'),
    );
  });
});
