import type { SchemaObject } from '@nestjs/swagger';

// The WebAuthn JSON shapes (W3C WebAuthn Level 3, as @simplewebauthn produces and reads them), sized as
// the contract's linter asks. The browser hands them to and takes them from @simplewebauthn/browser as is.

const BASE64URL: SchemaObject = { type: 'string', maxLength: 2048, pattern: '^[A-Za-z0-9_-]*$' };
const BASE64URL_LARGE: SchemaObject = { type: 'string', maxLength: 65536, pattern: '^[A-Za-z0-9_-]*$' };
const WORD: SchemaObject = { type: 'string', maxLength: 64 };
const WORDS: SchemaObject = { type: 'array', maxItems: 16, items: WORD };
const TIMEOUT: SchemaObject = { type: 'integer', format: 'int32', minimum: 0, maximum: 600_000, description: 'Milliseconds' };
const EXTENSIONS: SchemaObject = { type: 'object', additionalProperties: true };

const CREDENTIAL_DESCRIPTOR: SchemaObject = {
  type: 'object',
  required: ['id', 'type'],
  properties: { id: BASE64URL, type: { type: 'string', enum: ['public-key'] }, transports: WORDS },
};

export const CREATION_OPTIONS_SCHEMA: SchemaObject = {
  type: 'object',
  description: 'PublicKeyCredentialCreationOptionsJSON: give it to startRegistration({ optionsJSON }) of @simplewebauthn/browser',
  required: ['rp', 'user', 'challenge', 'pubKeyCredParams'],
  properties: {
    rp: { type: 'object', required: ['name'], properties: { id: { type: 'string', maxLength: 253 }, name: { type: 'string', maxLength: 100 } } },
    user: {
      type: 'object',
      required: ['id', 'name', 'displayName'],
      properties: { id: BASE64URL, name: { type: 'string', maxLength: 254 }, displayName: { type: 'string', maxLength: 254 } },
    },
    challenge: BASE64URL,
    pubKeyCredParams: {
      type: 'array',
      maxItems: 16,
      items: {
        type: 'object',
        required: ['alg', 'type'],
        properties: { alg: { type: 'integer', format: 'int32', minimum: -65536, maximum: 65535 }, type: { type: 'string', enum: ['public-key'] } },
      },
    },
    timeout: TIMEOUT,
    excludeCredentials: { type: 'array', maxItems: 100, items: CREDENTIAL_DESCRIPTOR },
    authenticatorSelection: {
      type: 'object',
      properties: { authenticatorAttachment: WORD, requireResidentKey: { type: 'boolean' }, residentKey: WORD, userVerification: WORD },
    },
    hints: WORDS,
    attestation: WORD,
    attestationFormats: WORDS,
    extensions: EXTENSIONS,
  },
};

export const REQUEST_OPTIONS_SCHEMA: SchemaObject = {
  type: 'object',
  description: 'PublicKeyCredentialRequestOptionsJSON: give it to startAuthentication({ optionsJSON }) of @simplewebauthn/browser',
  required: ['challenge'],
  properties: {
    challenge: BASE64URL,
    timeout: TIMEOUT,
    rpId: { type: 'string', maxLength: 253 },
    allowCredentials: { type: 'array', maxItems: 100, items: CREDENTIAL_DESCRIPTOR },
    userVerification: WORD,
    hints: WORDS,
    extensions: EXTENSIONS,
  },
};

const CREDENTIAL_BASE = {
  id: BASE64URL,
  rawId: BASE64URL,
  type: { type: 'string', enum: ['public-key'] },
  authenticatorAttachment: WORD,
  clientExtensionResults: EXTENSIONS,
} satisfies Record<string, SchemaObject>;

export const REGISTRATION_RESPONSE_SCHEMA: SchemaObject = {
  type: 'object',
  description: 'RegistrationResponseJSON: what startRegistration() of @simplewebauthn/browser answers',
  required: ['id', 'rawId', 'response', 'type', 'clientExtensionResults'],
  properties: {
    ...CREDENTIAL_BASE,
    response: {
      type: 'object',
      required: ['clientDataJSON', 'attestationObject'],
      properties: {
        clientDataJSON: BASE64URL_LARGE,
        attestationObject: BASE64URL_LARGE,
        authenticatorData: BASE64URL_LARGE,
        transports: WORDS,
        publicKeyAlgorithm: { type: 'integer', format: 'int32', minimum: -65536, maximum: 65535 },
        publicKey: BASE64URL_LARGE,
      },
    },
  },
};

export const AUTHENTICATION_RESPONSE_SCHEMA: SchemaObject = {
  type: 'object',
  description: 'AuthenticationResponseJSON: what startAuthentication() of @simplewebauthn/browser answers',
  required: ['id', 'rawId', 'response', 'type', 'clientExtensionResults'],
  properties: {
    ...CREDENTIAL_BASE,
    response: {
      type: 'object',
      required: ['clientDataJSON', 'authenticatorData', 'signature'],
      properties: {
        clientDataJSON: BASE64URL_LARGE,
        authenticatorData: BASE64URL_LARGE,
        signature: BASE64URL_LARGE,
        userHandle: BASE64URL,
      },
    },
  },
};
