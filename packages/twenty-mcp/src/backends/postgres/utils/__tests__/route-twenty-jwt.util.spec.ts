import { routeTwentyJwt } from '../route-twenty-jwt.util';

const KID = '5b0d6a1e-2f4c-4d8b-9a3e-7c1f0e2d4b61';

describe(routeTwentyJwt.name, () => {
  it('should verify ES256 with a kid against that signing key', () => {
    expect(routeTwentyJwt({ alg: 'ES256', kid: KID })).toEqual({
      kind: 'signingKey',
      kid: KID,
    });
  });

  it.each([{ alg: 'HS256' }, { alg: 'HS256', kid: KID }])(
    'should verify %p with the workspace secret only',
    (header) => {
      expect(routeTwentyJwt(header)).toEqual({ kind: 'workspaceSecret' });
    },
  );

  it.each([
    [{ alg: 'ES256' }, 'ES256 token without a kid'],
    [{ alg: 'ES256', kid: '' }, 'ES256 token without a kid'],
    [{ alg: 'ES256', kid: 42 }, 'ES256 token without a kid'],
    [{ alg: 'none', kid: KID }, 'unsupported JWT algorithm "none"'],
    [{ alg: 'RS256', kid: KID }, 'unsupported JWT algorithm "RS256"'],
    [{ alg: 'HS512' }, 'unsupported JWT algorithm "HS512"'],
    [{}, 'unsupported JWT algorithm undefined'],
  ])('should refuse %p', (header, reason) => {
    expect(routeTwentyJwt(header)).toEqual({ kind: 'refused', reason });
  });
});
