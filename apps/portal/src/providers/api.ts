import { type ApiClient, createApiClient, type ErrorBody } from '@partner-portal/api-client';
import { HttpError } from 'react-admin';
import { blockForTwoFactor, currentAccountId, readSession } from './session';

/**
 * The portal's one way to the API: the client generated from the API's contract
 * (packages/api-client), with the bearer token of the signed-in person.
 */
export const api: ApiClient = createApiClient({
  baseUrl: globalThis.location?.origin ?? '',
  token: () => readSession()?.accessToken,
});

api.use({
  async onResponse({ request, response }) {
    if (response.status === 403) await noteTwoFactorRequired(request, response);
    return undefined;
  },
  onError({ request, error }) {
    if (request.signal.aborted) return undefined;
    return new HttpError('The server could not be reached. Check your connection and try again.', 0, { cause: error });
  },
});

/** An account that requires two-step sign-in refused this session: the layout shows why in place of its pages. */
async function noteTwoFactorRequired(request: Request, response: Response): Promise<void> {
  const accountId = /\/api\/accounts\/([^/?]+)/.exec(new URL(request.url).pathname)?.[1];
  if (!accountId) return;
  const body = (await response.clone().json().catch(() => null)) as { code?: unknown } | null;
  if (body?.code === 'TWO_FACTOR_REQUIRED') blockForTwoFactor(decodeURIComponent(accountId));
}

interface Answer<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/**
 * The body of a call that succeeded; otherwise a react-admin HttpError whose message is the API's own
 * and whose body is the whole error envelope (`{ statusCode, code, message, details? }`).
 */
export async function answer<T>(call: Promise<Answer<T>>): Promise<T> {
  const { data, error, response } = await call;
  if (response.ok) return data as T;
  const message = (error as Partial<ErrorBody> | undefined)?.message;
  throw new HttpError(typeof message === 'string' && message ? message : `The request failed (HTTP ${response.status}).`, response.status, error);
}

/** The account the portal acts in, for a path's `{accountId}` (or `{partnerId}`). */
export function accountId(): string {
  const id = currentAccountId();
  if (!id) throw new HttpError('Choose an account first.', 400);
  return id;
}

/** The API's stable error code (`INVITATION_PENDING`, ...) of a failed call, if any. */
export function errorCode(error: unknown): string | undefined {
  const body = error instanceof HttpError ? (error.body as { code?: unknown } | null) : null;
  return typeof body?.code === 'string' ? body.code : undefined;
}
