import { createHash } from 'node:crypto';

// The counters a failed authentication is charged to. Each surface counts
// apart (`mcp`, `settings`, `sign-in`), so failures on one never refuse
// another. A presented bearer credential is counted by a hash of it, never
// the secret itself: the same revoked or mistyped token retried from many
// addresses is limited too.
export const authFailureKeys = (
  surface: 'mcp' | 'settings' | 'sign-in',
  clientAddress: string,
  credential?: string,
): string[] => [
  `${surface}:address:${clientAddress}`,
  ...(credential === undefined
    ? []
    : [
        `${surface}:credential:${createHash('sha256')
          .update(credential)
          .digest('base64url')
          .slice(0, 22)}`,
      ]),
];
