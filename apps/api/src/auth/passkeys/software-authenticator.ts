import { createHash, generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import type { AuthenticationResponseJSON, RegistrationResponseJSON } from '@simplewebauthn/server';

// A passkey made in a test, as an authenticator would make it (ES256, "none" attestation), so that the
// API's real WebAuthn verification runs end to end without a browser.

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest();
const b64url = (data: Buffer) => data.toString('base64url');

/** CBOR head of a major type with a length (the sizes a test needs: < 65536). */
function head(major: number, length: number): Buffer {
  if (length < 24) return Buffer.from([(major << 5) | length]);
  if (length < 256) return Buffer.from([(major << 5) | 24, length]);
  return Buffer.from([(major << 5) | 25, length >> 8, length & 0xff]);
}
const bytes = (data: Buffer) => Buffer.concat([head(2, data.length), data]);
const text = (value: string) => Buffer.concat([head(3, Buffer.byteLength(value)), Buffer.from(value)]);

export interface SoftwarePasskey {
  credentialId: string;
  /** The credential's public key as COSE, as the API stores it. */
  publicKey: Uint8Array<ArrayBuffer>;
  /** The authenticator's answer to registration options, for POST /api/me/passkeys. */
  register(options: { challenge: string; rp: { id?: string } }, origin: string): RegistrationResponseJSON;
  /** The authenticator's answer to sign-in options, for POST /api/auth/passkey/login. */
  authenticate(options: { challenge: string; rpId?: string }, origin: string, userId: string): AuthenticationResponseJSON;
}

export function softwarePasskey(): SoftwarePasskey {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const jwk = publicKey.export({ format: 'jwk' });
  const credential = randomBytes(16);
  // COSE_Key {kty: EC2, alg: ES256, crv: P-256, x, y}
  const cose = Buffer.concat([
    Buffer.from([0xa5, 0x01, 0x02, 0x03, 0x26, 0x20, 0x01, 0x21]),
    bytes(Buffer.from(jwk.x!, 'base64url')),
    Buffer.from([0x22]),
    bytes(Buffer.from(jwk.y!, 'base64url')),
  ]);
  let signCount = 0;
  const clientData = (type: string, challenge: string, origin: string) => Buffer.from(JSON.stringify({ type, challenge, origin, crossOrigin: false }));
  const counter = () => {
    const value = Buffer.alloc(4);
    value.writeUInt32BE(signCount);
    return value;
  };
  // User present and verified (0x01 | 0x04); with attested credential data (0x40) at registration.
  return {
    credentialId: b64url(credential),
    publicKey: new Uint8Array(cose),
    register(options, origin) {
      const credentialLength = Buffer.from([credential.length >> 8, credential.length & 0xff]);
      const authData = Buffer.concat([sha256(options.rp.id!), Buffer.from([0x45]), counter(), Buffer.alloc(16), credentialLength, credential, cose]);
      const attestationObject = Buffer.concat([Buffer.from([0xa3]), text('fmt'), text('none'), text('attStmt'), Buffer.from([0xa0]), text('authData'), bytes(authData)]);
      return {
        id: b64url(credential),
        rawId: b64url(credential),
        type: 'public-key',
        response: { clientDataJSON: b64url(clientData('webauthn.create', options.challenge, origin)), attestationObject: b64url(attestationObject), transports: ['internal'] },
        clientExtensionResults: {},
      };
    },
    authenticate(options, origin, userId) {
      signCount += 1;
      const authData = Buffer.concat([sha256(options.rpId!), Buffer.from([0x05]), counter()]);
      const clientDataJSON = clientData('webauthn.get', options.challenge, origin);
      const signature = sign('sha256', Buffer.concat([authData, sha256(clientDataJSON)]), privateKey);
      return {
        id: b64url(credential),
        rawId: b64url(credential),
        type: 'public-key',
        response: { clientDataJSON: b64url(clientDataJSON), authenticatorData: b64url(authData), signature: b64url(signature), userHandle: b64url(Buffer.from(userId)) },
        clientExtensionResults: {},
      };
    },
  };
}
