import {
  type AuthenticationResponseJSON,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  type RegistrationResponseJSON,
  startAuthentication,
  startRegistration,
  WebAuthnError,
} from '@simplewebauthn/browser';
import { answer, api } from '../../../providers/api';
import type { Session } from '../../../providers/session';

/** What went wrong with the browser's passkey prompt, in words for the person. */
export function ceremonyMessage(error: unknown, doing: 'add' | 'sign-in'): string {
  const name = error instanceof WebAuthnError ? error.code : error instanceof Error ? error.name : '';
  if (name === 'ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED' || name === 'InvalidStateError') return 'This passkey is already registered to your account.';
  if (name === 'NotAllowedError' || name === 'ERROR_CEREMONY_ABORTED' || (error instanceof WebAuthnError && error.name === 'NotAllowedError')) {
    return doing === 'add' ? 'No passkey was created: the prompt was cancelled or timed out.' : 'Passkey sign-in was cancelled or timed out.';
  }
  return error instanceof Error && error.message ? error.message : 'Something went wrong with the passkey. Try again.';
}

/** The browser's extension results, as the API's contract types them: a plain object. */
const plain = (results: object): Record<string, unknown> => ({ ...results });

/** Creates a passkey with the browser's authenticator and registers it under `name`. */
export async function addPasskey(name: string) {
  const { options, challengeToken } = await answer(api.POST('/api/me/passkeys/registration-options'));
  const response: RegistrationResponseJSON = await startRegistration({ optionsJSON: options as PublicKeyCredentialCreationOptionsJSON });
  return answer(api.POST('/api/me/passkeys', { body: { name, challengeToken, response: { ...response, clientExtensionResults: plain(response.clientExtensionResults) } } }));
}

/** Asks the browser for one of the person's passkeys for this site, and signs in with it: the session, as the password sign-in answers it. */
export async function signInWithPasskey(): Promise<Session> {
  const { options, challengeToken } = await answer(api.POST('/api/auth/passkey/options'));
  const response: AuthenticationResponseJSON = await startAuthentication({ optionsJSON: options as PublicKeyCredentialRequestOptionsJSON });
  return answer(api.POST('/api/auth/passkey/login', { body: { challengeToken, response: { ...response, clientExtensionResults: plain(response.clientExtensionResults) } } }));
}
