import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { components, operations, paths } from './schema.generated.js';

export type { components, operations, paths };

/** Every schema of the contract by name: `Schemas['ContactDto']`. */
export type Schemas = components['schemas'];

/** The error envelope every 4xx and 5xx carries: `{ statusCode, code, message, details? }`. */
export type ErrorBody = Schemas['ErrorBody'];

export type ApiClient = Client<paths>;

export interface ApiClientOptions {
  /** Where the API answers, without `/api`: `https://portal.example.com`, or `''` in a page served beside it. */
  baseUrl: string;
  /** The bearer token from `POST /api/auth/login`; a function is asked before every request. */
  token?: string | (() => string | null | undefined);
  /** A fetch of your own (a proxy agent, a test double); the global fetch otherwise. */
  fetch?: (input: Request) => Promise<Response>;
}

/**
 * A client whose every call is typed by the API's contract: its path, its parameters, its body and
 * the shape of its answer.
 *
 *     const api = createApiClient({ baseUrl: 'https://portal.example.com', token });
 *     const { data, error } = await api.GET('/api/accounts/{partnerId}/clients', {
 *       params: { path: { partnerId }, query: { perPage: 50 } },
 *     });
 */
export function createApiClient(options: ApiClientOptions): ApiClient {
  const client = createClient<paths>({ baseUrl: options.baseUrl.replace(/\/+$/, ''), fetch: options.fetch });
  if (options.token !== undefined) client.use(bearer(options.token));
  return client;
}

function bearer(token: NonNullable<ApiClientOptions['token']>): Middleware {
  return {
    onRequest({ request }) {
      const value = typeof token === 'function' ? token() : token;
      if (value && !request.headers.has('Authorization')) request.headers.set('Authorization', `Bearer ${value}`);
      return request;
    },
  };
}

/** A call the API refused or could not serve, with its status and stable error code. */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    readonly body: ErrorBody | string | undefined,
  ) {
    super(ApiError.messageOf(status, body));
  }

  /** The API's stable code (`NOT_FOUND`, `VERSION_CONFLICT`, ...), if the answer carried one. */
  get code(): string | undefined {
    return typeof this.body === 'object' ? this.body.code : undefined;
  }

  private static messageOf(status: number, body: ErrorBody | string | undefined): string {
    if (typeof body === 'object' && typeof body.message === 'string' && body.message) return body.message;
    return `The request failed (HTTP ${status}).`;
  }
}

/**
 * The answer's body, or an ApiError for a refused call: for code that would rather throw than read
 * `{ data, error }`.
 *
 *     const clients = ok(await api.GET('/api/accounts/{partnerId}/clients', { params }));
 */
export function ok<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.response.ok) return result.data as T;
  throw new ApiError(result.response.status, result.error as ErrorBody | string | undefined);
}

/** `If-Match: "<version>"` for a write to a record read at that version. */
export function ifMatch(version: number): { 'If-Match': string } {
  return { 'If-Match': `"${version}"` };
}
