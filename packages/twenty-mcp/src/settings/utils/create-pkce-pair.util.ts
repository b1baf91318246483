import { createHash, randomBytes } from 'node:crypto';

// RFC 7636 S256: a random verifier kept here, its hash sent to Twenty.
export const createPkcePair = (): { verifier: string; challenge: string } => {
  const verifier = randomBytes(32).toString('base64url');

  return {
    verifier,
    challenge: createHash('sha256').update(verifier).digest('base64url'),
  };
};
