import { HttpError } from 'react-admin';
import { readSession } from './session';

const API_ROOT = '/api';

/**
 * fetch() for the API: JSON in and out, the bearer token when signed in. A failed call rejects with
 * an HttpError whose message is the API's own (`{ statusCode, code, message }`) and whose body holds
 * the whole envelope.
 */
export async function request<T = unknown>(path: string, init: RequestInit = {}): Promise<T> {
  const headers = new Headers(init.headers);
  headers.set('Accept', 'application/json');
  // JSON unless the caller says otherwise (a CSV import) or sends a form (an upload sets its own boundary).
  if (typeof init.body === 'string' && !headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
  const token = readSession()?.accessToken;
  if (token) headers.set('Authorization', `Bearer ${token}`);

  let response: Response;
  try {
    response = await fetch(`${API_ROOT}${path}`, { ...init, headers });
  } catch (error) {
    if (init.signal?.aborted) throw error;
    throw new HttpError('The server could not be reached. Check your connection and try again.', 0);
  }

  const text = await response.text();
  const body: unknown = text ? parseJson(text) : null;
  if (!response.ok) {
    throw new HttpError(messageOf(body) ?? `The request failed (HTTP ${response.status}).`, response.status, body);
  }
  return body as T;
}

/** A binary answer (an image's content, a CSV export) with the bearer token, which an <img src> cannot send. */
export async function requestBlob(path: string, init: RequestInit = {}): Promise<Blob> {
  const headers = new Headers(init.headers);
  const token = readSession()?.accessToken;
  if (token) headers.set('Authorization', `Bearer ${token}`);
  const response = await fetch(`${API_ROOT}${path}`, { ...init, headers });
  if (!response.ok) {
    const text = await response.text();
    const body: unknown = text ? parseJson(text) : null;
    throw new HttpError(messageOf(body) ?? `The request failed (HTTP ${response.status}).`, response.status, body);
  }
  return response.blob();
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function messageOf(body: unknown): string | undefined {
  const message = (body as { message?: unknown } | null)?.message;
  return typeof message === 'string' && message ? message : undefined;
}
