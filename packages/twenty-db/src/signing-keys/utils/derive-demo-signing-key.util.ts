import {
  createECDH,
  createPrivateKey,
  createPublicKey,
  hkdfSync,
  type KeyObject,
} from 'node:crypto';

export type DemoSigningKey = {
  id: string;
  privateKey: KeyObject;
  publicKeyPem: string;
};

const HKDF_INFO = 'twenty-db/demo-signing-key/v1';

// A P-256 key pair derived from the fixture's app secret and the key id, so
// a test can mint tokens for any seeded key without twenty-db storing a
// private key. (Twenty stores the current key's private key encrypted, in a
// format of its own; verifying needs only the public key.)
export const deriveDemoSigningKey = ({
  appSecret,
  id,
}: {
  appSecret: string;
  id: string;
}): DemoSigningKey => {
  const scalar = Buffer.from(hkdfSync('sha256', appSecret, id, HKDF_INFO, 32));
  const ecdh = createECDH('prime256v1');

  // Rejects a scalar of 0 or >= the curve order: about 2^-128 likely.
  ecdh.setPrivateKey(scalar);

  const point = ecdh.getPublicKey();
  const jwk = {
    kty: 'EC',
    crv: 'P-256',
    x: point.subarray(1, 33).toString('base64url'),
    y: point.subarray(33, 65).toString('base64url'),
  };

  return {
    id,
    privateKey: createPrivateKey({
      key: { ...jwk, d: scalar.toString('base64url') },
      format: 'jwk',
    }),
    publicKeyPem: createPublicKey({ key: jwk, format: 'jwk' })
      .export({ format: 'pem', type: 'spki' })
      .toString(),
  };
};
