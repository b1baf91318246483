import { createHash } from 'node:crypto';

import { deriveDemoSigningKey } from '../../../signing-keys/utils/derive-demo-signing-key.util';
import { mintApiKeyToken } from '../mint-api-key-token.util';

const APP_SECRET = 'test-app-secret';
const WORKSPACE_ID = '3b8e6458-5fc1-4e63-8563-008ccddaa6db';
const API_KEY_ID = 'f4a1c7e0-2d7b-4a43-9d68-2b1b2f7b4c11';

// Derived independently of the code under test, from Twenty's documented rule.
const secretFor = (type: string) =>
  new TextEncoder().encode(
    createHash('sha256')
      .update(APP_SECRET + WORKSPACE_ID + type)
      .digest('hex'),
  );

describe('mintApiKeyToken', () => {
  it('should mint an HS256 JWT that jose verifies with the API_KEY secret', async () => {
    const { jwtVerify, decodeProtectedHeader } = await import('jose');
    const token = mintApiKeyToken({
      appSecret: APP_SECRET,
      workspaceId: WORKSPACE_ID,
      apiKeyId: API_KEY_ID,
      expiresAt: new Date(Date.now() + 3600_000),
    });

    const { payload } = await jwtVerify(token, secretFor('API_KEY'), {
      algorithms: ['HS256'],
    });

    expect(decodeProtectedHeader(token)).toEqual({ alg: 'HS256', typ: 'JWT' });
    expect(payload).toMatchObject({
      sub: WORKSPACE_ID,
      type: 'API_KEY',
      workspaceId: WORKSPACE_ID,
      jti: API_KEY_ID,
    });
    expect(payload.exp! - payload.iat!).toBeGreaterThan(3590);
    expect(payload.exp! - payload.iat!).toBeLessThanOrEqual(3600);
  });

  it('should not verify with the legacy ACCESS secret unless minted with it', async () => {
    const { jwtVerify } = await import('jose');
    const current = mintApiKeyToken({
      appSecret: APP_SECRET,
      workspaceId: WORKSPACE_ID,
      apiKeyId: API_KEY_ID,
    });
    const legacy = mintApiKeyToken({
      appSecret: APP_SECRET,
      workspaceId: WORKSPACE_ID,
      apiKeyId: API_KEY_ID,
      secretType: 'ACCESS',
    });

    await expect(jwtVerify(current, secretFor('ACCESS'))).rejects.toThrow(
      'signature verification failed',
    );
    await expect(jwtVerify(legacy, secretFor('ACCESS'))).resolves.toBeDefined();
  });

  it('should expire in about 100 years when the key has no expiry', async () => {
    const { decodeJwt } = await import('jose');
    const payload = decodeJwt(
      mintApiKeyToken({
        appSecret: APP_SECRET,
        workspaceId: WORKSPACE_ID,
        apiKeyId: API_KEY_ID,
      }),
    );
    const years = (payload.exp! - payload.iat!) / (365.25 * 24 * 3600);

    expect(years).toBeGreaterThan(99.9);
    expect(years).toBeLessThan(100.1);
  });

  it('should refuse a key that has already expired', () => {
    expect(() =>
      mintApiKeyToken({
        appSecret: APP_SECRET,
        workspaceId: WORKSPACE_ID,
        apiKeyId: API_KEY_ID,
        expiresAt: new Date(Date.now() - 1000),
      }),
    ).toThrow('already expired');
  });
});

describe('mintApiKeyToken with a signing key', () => {
  it('should mint an ES256 JWT whose kid is the key id and that jose verifies with its public key', async () => {
    const { jwtVerify, decodeProtectedHeader, importSPKI } =
      await import('jose');
    const key = deriveDemoSigningKey({
      appSecret: APP_SECRET,
      id: '5b0d6a1e-2f4c-4d8b-9a3e-7c1f0e2d4b61',
    });
    const token = mintApiKeyToken({
      appSecret: APP_SECRET,
      workspaceId: WORKSPACE_ID,
      apiKeyId: API_KEY_ID,
      signingKey: { kind: 'signingKey', ...key },
    });

    const { payload } = await jwtVerify(
      token,
      await importSPKI(key.publicKeyPem, 'ES256'),
      { algorithms: ['ES256'] },
    );

    expect(decodeProtectedHeader(token)).toEqual({
      alg: 'ES256',
      typ: 'JWT',
      kid: key.id,
    });
    expect(payload).toMatchObject({
      sub: WORKSPACE_ID,
      type: 'API_KEY',
      workspaceId: WORKSPACE_ID,
      jti: API_KEY_ID,
    });
  });
});
