import type { paths } from '@partner-portal/api-client';
import type { DataProvider, DeleteResult, Identifier, RaRecord } from 'react-admin';
import { accountId, answer, api } from './api';

type ApiPath = keyof paths;

interface ResourceRoutes {
  /** The collection: `GET` lists, `POST` creates. */
  list: ApiPath;
  /** One record: `GET`, `PATCH`, `DELETE`, and its state changes below it (`/publish`, ...). */
  one?: ApiPath;
}

/**
 * Where each react-admin resource lives in the API's contract. The first path parameter is the current
 * account (`{accountId}`, or `{partnerId}` for a partner's own resources); a list member's and a
 * recipient's parent (`{listId}`, `{campaignId}`) comes from the list filter; the last is the record's id.
 * Every path here is checked against the generated client's `paths` at compile time.
 */
const ROUTES = {
  clients: { list: '/api/accounts/{partnerId}/clients' },
  resources: { list: '/api/accounts/{partnerId}/resources' },
  'single-bill': { list: '/api/accounts/{partnerId}/billing/single-bill' },
  users: { list: '/api/accounts/{accountId}/users', one: '/api/accounts/{accountId}/users/{userId}' },
  roles: { list: '/api/accounts/{accountId}/roles', one: '/api/accounts/{accountId}/roles/{roleId}' },
  contacts: { list: '/api/accounts/{accountId}/contacts', one: '/api/accounts/{accountId}/contacts/{contactId}' },
  lists: { list: '/api/accounts/{accountId}/lists', one: '/api/accounts/{accountId}/lists/{listId}' },
  'list-members': { list: '/api/accounts/{accountId}/lists/{listId}/members', one: '/api/accounts/{accountId}/lists/{listId}/members/{contactId}' },
  segments: { list: '/api/accounts/{accountId}/segments', one: '/api/accounts/{accountId}/segments/{segmentId}' },
  campaigns: { list: '/api/accounts/{accountId}/campaigns', one: '/api/accounts/{accountId}/campaigns/{campaignId}' },
  'campaign-recipients': { list: '/api/accounts/{accountId}/campaigns/{campaignId}/recipients' },
  automations: { list: '/api/accounts/{accountId}/automations', one: '/api/accounts/{accountId}/automations/{automationId}' },
  library: { list: '/api/accounts/{accountId}/library', one: '/api/accounts/{accountId}/library/{assetId}' },
  logos: { list: '/api/accounts/{accountId}/logos', one: '/api/accounts/{accountId}/logos/{assetId}' },
  'landing-pages': { list: '/api/accounts/{accountId}/landing-pages', one: '/api/accounts/{accountId}/landing-pages/{pageId}' },
  'social-posts': { list: '/api/accounts/{accountId}/social/posts', one: '/api/accounts/{accountId}/social/posts/{postId}' },
  'ads-google': { list: '/api/accounts/{accountId}/ads/google', one: '/api/accounts/{accountId}/ads/google/{adId}' },
  'ads-meta': { list: '/api/accounts/{accountId}/ads/meta', one: '/api/accounts/{accountId}/ads/meta/{adId}' },
  'ads-lead': { list: '/api/accounts/{accountId}/ads/lead', one: '/api/accounts/{accountId}/ads/lead/{adId}' },
  lookalikes: { list: '/api/accounts/{accountId}/ads/lookalikes', one: '/api/accounts/{accountId}/ads/lookalikes/{lookalikeId}' },
  stores: { list: '/api/accounts/{accountId}/stores', one: '/api/accounts/{accountId}/stores/{storeId}' },
  settings: { list: '/api/accounts/{accountId}/settings' },
  'business-profile': { list: '/api/accounts/{accountId}/business-profile' },
  archive: { list: '/api/accounts/{accountId}/archive' },
  billing: { list: '/api/accounts/{accountId}/billing' },
  purchases: { list: '/api/accounts/{accountId}/purchases' },
  trials: { list: '/api/accounts/{accountId}/trials' },
  audit: { list: '/api/accounts/{accountId}/audit' },
} as const satisfies Record<string, ResourceRoutes>;

type Resource = keyof typeof ROUTES;

/** One record per account, read with GET and replaced with PUT on the base path; its id is its name. */
const SINGLETONS: Partial<Record<Resource, readonly string[]>> = {
  settings: ['timeZone', 'locale', 'defaultFromName', 'defaultFromEmail'],
  archive: ['enabled', 'slug', 'listByDefault'],
  'business-profile': ['legalName', 'website', 'phone', 'addressLine1', 'addressLine2', 'city', 'region', 'postalCode', 'country', 'industry'],
};

/** The record's parent a nested resource takes from the list filter. */
const PARENT_FILTER: Partial<Record<Resource, string>> = { 'list-members': 'listId', 'campaign-recipients': 'campaignId' };

/** Fields the API computes: never sent back in a write (the API refuses unknown fields). */
const READ_ONLY = new Set([
  'id', 'version', 'accountId', 'createdAt', 'updatedAt', 'status', 'state', 'publishedAt', 'scheduledAt', 'sendStartedAt', 'sentAt',
  'recipientCount', 'lists', 'memberCount', 'size', 'activatedAt', 'mimeType', 'sizeBytes', 'width', 'height', 'sourceSize',
  'holders', 'access',
]);

export function isSingleton(resource: string): boolean {
  return resource in SINGLETONS;
}

function routesOf(resource: string): ResourceRoutes {
  const routes = (ROUTES as Record<string, ResourceRoutes>)[resource];
  if (!routes) throw new Error(`No API route is known for the resource "${resource}".`);
  return routes;
}

/**
 * react-admin names resources at run time, so its calls go through the generated client untyped; the
 * paths they use are the contract's (ROUTES), and every call with a fixed path elsewhere is typed.
 */
interface Init {
  params: { path: Record<string, string>; query?: Record<string, string> };
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}
type Method = (path: string, init: Init) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
const untyped = api as unknown as Record<'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', Method>;

/** `{ accountId, listId, contactId }` for a template, from the values in their order. */
function pathParams(template: string, values: readonly string[]): Record<string, string> {
  const names = [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
  return Object.fromEntries(names.map((name, index) => [name, values[index]!]));
}

function call<T>(method: keyof typeof untyped, template: string, values: readonly string[], init: Omit<Init, 'params'> & { query?: Record<string, string> } = {}): Promise<T> {
  const { query, ...rest } = init;
  return answer(untyped[method](template, { ...rest, params: { path: pathParams(template, values), query } })) as Promise<T>;
}

/** The path values of a collection: the account, and a nested resource's parent from the filter. */
function collection(resource: string, filter: Record<string, unknown> = {}): { values: string[]; filter: Record<string, unknown> } {
  const parent = PARENT_FILTER[resource as Resource];
  if (!parent) return { values: [accountId()], filter };
  const { [parent]: parentId, ...rest } = filter;
  return { values: [accountId(), String(parentId)], filter: rest };
}

function one(resource: string): string {
  const route = routesOf(resource).one;
  if (!route) throw new Error(`The resource "${resource}" has no single-record route.`);
  return route;
}

/**
 * `?page=&perPage=&sort=&filter=`, answered with `{ data, total }`; `sort` is the field name, prefixed
 * with `-` for descending, and `filter` is a JSON object.
 */
function listQuery(params: {
  pagination?: { page: number; perPage: number };
  sort?: { field: string; order: 'ASC' | 'DESC' | string };
  filter?: Record<string, unknown>;
}): Record<string, string> {
  const query: Record<string, string> = {};
  if (params.pagination) {
    query.page = String(params.pagination.page);
    query.perPage = String(params.pagination.perPage);
  }
  if (params.sort?.field) query.sort = `${params.sort.order === 'DESC' ? '-' : ''}${params.sort.field}`;
  if (params.filter && Object.keys(params.filter).length > 0) query.filter = JSON.stringify(params.filter);
  return query;
}

/** `If-Match: "<version>"` of the record as the caller read it; every write of a versioned record needs it. */
export function ifMatch(record: unknown): Record<string, string> | undefined {
  const version = (record as { version?: unknown } | undefined)?.version;
  return typeof version === 'number' ? { 'If-Match': `"${version}"` } : undefined;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The fields an edit changed: a PATCH sends those only, with '' meaning "cleared". */
export function changedFields(data: Record<string, unknown>, previous: Record<string, unknown> | undefined): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    if (READ_ONLY.has(key)) continue;
    if (previous && same(value, previous[key])) continue;
    changes[key] = value === '' ? null : value;
  }
  return changes;
}

/** A new record: empty optional fields are left out. */
function creatable(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).filter(([key, value]) => !READ_ONLY.has(key) && value !== '' && value !== null && value !== undefined));
}

/** Lists whose rows have no `id` of their own (Single Bill lines) get one for react-admin. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- react-admin's record type is the caller's generic
function withIds(rows: Record<string, unknown>[]): any[] {
  return rows.map((row, index) => ({ ...row, id: (row.id ?? row.clientId ?? row.contactId ?? index) as Identifier }));
}

/** Where a campaign edit goes: a scheduled or sent one is edited through `/published` (campaigns.edit-published). */
function updateRoute(resource: string, previous: Record<string, unknown> | undefined): string {
  if (resource === 'campaigns' && previous && previous.status !== undefined && previous.status !== 'DRAFT') return `${one(resource)}/published`;
  return one(resource);
}

interface Page {
  data: Record<string, unknown>[];
  total: number;
}

export interface PortalDataProvider extends DataProvider {
  /** A state change (publish, send, activate, ...): `POST <record>/<verb>` with the record's If-Match. */
  act<T = RaRecord>(resource: string, record: RaRecord, verb: string, body?: unknown): Promise<T>;
}

export const dataProvider: PortalDataProvider = {
  supportAbortSignal: true,

  async getList(resource, params) {
    const { values, filter } = collection(resource, params.filter);
    // Anything a list answers beside data and total (the team's people counter) is its `meta`.
    const { data, total, ...meta } = await call<Page & Record<string, unknown>>('GET', routesOf(resource).list, values, { query: listQuery({ ...params, filter }), signal: params.signal });
    return { data: withIds(data), total, meta };
  },

  async getOne(resource, params) {
    if (isSingleton(resource)) {
      const record = await call<Record<string, unknown>>('GET', routesOf(resource).list, [accountId()], { signal: params.signal });
      return { data: { ...record, id: resource } as never };
    }
    return { data: await call<never>('GET', one(resource), [accountId(), String(params.id)], { signal: params.signal }) };
  },

  async getMany(resource, params) {
    // One read per id: the API's list filters do not take ids, and getMany is used for a handful of references.
    const data = await Promise.all(params.ids.map((id) => call<never>('GET', one(resource), [accountId(), String(id)], { signal: params.signal })));
    return { data };
  },

  async getManyReference(resource, params) {
    const { values, filter } = collection(resource, { ...params.filter, [params.target]: params.id });
    const { data, total } = await call<Page>('GET', routesOf(resource).list, values, { query: listQuery({ ...params, filter }), signal: params.signal });
    return { data: withIds(data), total };
  },

  async create(resource, params) {
    return { data: await call<never>('POST', routesOf(resource).list, [accountId()], { body: creatable(params.data) }) };
  },

  async update(resource, params) {
    const singleton = SINGLETONS[resource as Resource];
    if (singleton) {
      // PUT replaces the whole record: every writable field, cleared ones as null.
      const body = Object.fromEntries(singleton.map((field) => [field, params.data[field] === '' || params.data[field] === undefined ? null : params.data[field]]));
      const record = await call<Record<string, unknown>>('PUT', routesOf(resource).list, [accountId()], { body, headers: ifMatch(params.previousData) });
      return { data: { ...record, id: resource } as never };
    }
    const values = [accountId(), String(params.id)];
    if (resource === 'users') return { data: await call<never>('PATCH', one(resource), values, { body: params.data }) };
    const body = changedFields(params.data, params.previousData);
    return { data: await call<never>('PATCH', updateRoute(resource, params.previousData), values, { body, headers: ifMatch(params.previousData) }) };
  },

  async updateMany(resource, params) {
    await Promise.all(params.ids.map((id) => call('PATCH', one(resource), [accountId(), String(id)], { body: params.data })));
    return { data: params.ids };
  },

  async delete(resource, params): Promise<DeleteResult> {
    await call('DELETE', one(resource), [accountId(), String(params.id)], { headers: ifMatch(params.previousData) });
    return { data: params.previousData ?? { id: params.id } };
  },

  async deleteMany(resource, params) {
    // Without the records' versions the API refuses (428); bulk deletes are not offered for versioned records.
    await Promise.all(params.ids.map((id) => call('DELETE', one(resource), [accountId(), String(id)])));
    return { data: params.ids };
  },

  act(resource, record, verb, body) {
    return call(`POST`, `${one(resource)}/${verb}`, [accountId(), String(record.id)], { body, headers: ifMatch(record) });
  },
};
