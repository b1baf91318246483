// The instance's ES256 signing keys twenty-db seeds, as Twenty >= 2.5 keeps
// them in core."signingKey" (one row per key, the row id is the JWT `kid`):
// the current key, an older rotated-out key (still verifies) and a revoked
// one (refused). Ids are fixed so tests can name them.
export const DEMO_SIGNING_KEYS = {
  current: {
    id: '5b0d6a1e-2f4c-4d8b-9a3e-7c1f0e2d4b61',
    isCurrent: true,
    revoked: false,
    ageDays: 0,
  },
  previous: {
    id: '9e3c2b7a-1d5f-4a6e-8b0c-4f2a6d8e1c93',
    isCurrent: false,
    revoked: false,
    ageDays: 30,
  },
  revoked: {
    id: 'd4a7f1c2-6e8b-4c3d-a5f9-0b1e3c7d9a25',
    isCurrent: false,
    revoked: true,
    ageDays: 60,
  },
} as const;

export type DemoSigningKeyName = keyof typeof DEMO_SIGNING_KEYS;
