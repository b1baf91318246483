import { classifyCredentialRefusal } from '../classify-credential-refusal.util';

describe('classifyCredentialRefusal', () => {
  it.each([
    ['MCP token expired', 'expired'],
    ['token expired', 'expired'],
    ['ERR_JWT_EXPIRED: "exp" claim timestamp check failed', 'expired'],
    ['API key revoked', 'revoked'],
    ['signature does not verify with the workspace secret', 'bad_signature'],
    [
      'ERR_JWS_SIGNATURE_VERIFICATION_FAILED: signature failed',
      'bad_signature',
    ],
    ['malformed MCP token', 'malformed'],
    ['not a Twenty API-key token', 'malformed'],
    ['API key not found in its workspace', 'unknown_credential'],
    ['MCP token not found', 'unknown_credential'],
    ['the user has no role in the workspace', 'unknown_user'],
    ['no OAuth authorization server is configured', 'other'],
    ['token email is not verified', 'unknown_user'],
    ['something new', 'other'],
  ])('should classify "%s" as %s', (reason, kind) => {
    expect(classifyCredentialRefusal(reason)).toBe(kind);
  });
});
