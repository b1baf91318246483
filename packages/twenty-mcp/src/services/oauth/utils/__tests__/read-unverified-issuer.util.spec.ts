import { readUnverifiedIssuer } from '../read-unverified-issuer.util';

const segment = (value: unknown) =>
  Buffer.from(JSON.stringify(value)).toString('base64url');

const jwt = (payload: unknown) =>
  `${segment({ alg: 'ES256', typ: 'at+jwt' })}.${segment(payload)}.c2ln`;

describe('readUnverifiedIssuer', () => {
  it('should read the iss claim without checking the signature', () => {
    expect(readUnverifiedIssuer(jwt({ iss: 'https://auth.example.com' }))).toBe(
      'https://auth.example.com',
    );
  });

  it('should answer null for anything that is not a JWT with a string iss', () => {
    expect(readUnverifiedIssuer(jwt({ sub: 'x' }))).toBeNull();
    expect(readUnverifiedIssuer(jwt({ iss: ['a', 'b'] }))).toBeNull();
    expect(readUnverifiedIssuer('tmcp_abcdef')).toBeNull();
    expect(readUnverifiedIssuer('a.b.c')).toBeNull();
    expect(readUnverifiedIssuer('')).toBeNull();
  });
});
