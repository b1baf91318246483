import { createPublicKey, createSign, createVerify } from 'node:crypto';

import { deriveDemoSigningKey } from '../derive-demo-signing-key.util';

const ID = '5b0d6a1e-2f4c-4d8b-9a3e-7c1f0e2d4b61';

describe(deriveDemoSigningKey.name, () => {
  it('should derive the same P-256 pair from the same secret and id', () => {
    const first = deriveDemoSigningKey({ appSecret: 'secret', id: ID });
    const second = deriveDemoSigningKey({ appSecret: 'secret', id: ID });

    expect(first.publicKeyPem).toBe(second.publicKeyPem);
    expect(first.privateKey.asymmetricKeyDetails).toEqual({
      namedCurve: 'prime256v1',
    });
  });

  it('should derive different pairs for another id or another secret', () => {
    const base = deriveDemoSigningKey({ appSecret: 'secret', id: ID });

    expect(
      deriveDemoSigningKey({
        appSecret: 'secret',
        id: '9e3c2b7a-1d5f-4a6e-8b0c-4f2a6d8e1c93',
      }).publicKeyPem,
    ).not.toBe(base.publicKeyPem);
    expect(
      deriveDemoSigningKey({ appSecret: 'other', id: ID }).publicKeyPem,
    ).not.toBe(base.publicKeyPem);
  });

  it('should pair the private key with the published public key', () => {
    const { privateKey, publicKeyPem } = deriveDemoSigningKey({
      appSecret: 'secret',
      id: ID,
    });
    const signature = createSign('sha256').update('data').sign(privateKey);

    expect(
      createVerify('sha256')
        .update('data')
        .verify(createPublicKey(publicKeyPem), signature),
    ).toBe(true);
  });
});
