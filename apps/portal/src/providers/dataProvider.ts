import { type DataProvider, type DeleteResult, type GetListResult, HttpError, type Identifier, type RaRecord } from 'react-admin';
import { request, requestBlob } from './http';
import { currentAccountId } from './session';

/**
 * Resource names whose API path differs from the name: `social-posts` is `/api/accounts/:id/social/posts`.
 * Every other resource is its own path segment (`contacts`, `landing-pages`, `library`, ...).
 */
const PATHS: Record<string, string> = {
  'social-posts': 'social/posts',
  'ads-google': 'ads/google',
  'ads-meta': 'ads/meta',
  'ads-lead': 'ads/lead',
  lookalikes: 'ads/lookalikes',
  'single-bill': 'billing/single-bill',
};

/** One record per account, read with GET and replaced with PUT on the base path; its id is its name. */
const SINGLETONS: Record<string, readonly string[]> = {
  settings: ['timeZone', 'locale', 'defaultFromName', 'defaultFromEmail'],
  'business-profile': ['legalName', 'website', 'phone', 'addressLine1', 'addressLine2', 'city', 'region', 'postalCode', 'country', 'industry'],
};

/** Fields the API computes: never sent back in a write (the API refuses unknown fields). */
const READ_ONLY = new Set([
  'id', 'version', 'accountId', 'createdAt', 'updatedAt', 'status', 'state', 'publishedAt', 'scheduledAt', 'sendStartedAt', 'sentAt',
  'recipientCount', 'lists', 'memberCount', 'size', 'activatedAt', 'mimeType', 'sizeBytes', 'width', 'height', 'sourceSize',
  'holders', 'access',
]);

export function isSingleton(resource: string): boolean {
  return resource in SINGLETONS;
}

function accountBase(): string {
  const accountId = currentAccountId();
  if (!accountId) throw new HttpError('Choose an account first.', 400);
  return `/accounts/${encodeURIComponent(accountId)}`;
}

/**
 * Every resource lives in the current account: resource `users` is `/api/accounts/:accountId/users`.
 * Lists are `?page=&perPage=&sort=&filter=` answered with `{ data, total }`; `sort` is the field name,
 * prefixed with `-` for descending, and `filter` is a JSON object.
 */
export function pathOf(resource: string, id?: Identifier): string {
  const base = `${accountBase()}/${PATHS[resource] ?? resource}`;
  return id === undefined ? base : `${base}/${encodeURIComponent(String(id))}`;
}

function listQuery(params: {
  pagination?: { page: number; perPage: number };
  sort?: { field: string; order: 'ASC' | 'DESC' | string };
  filter?: Record<string, unknown>;
}): string {
  const query = new URLSearchParams();
  if (params.pagination) {
    query.set('page', String(params.pagination.page));
    query.set('perPage', String(params.pagination.perPage));
  }
  if (params.sort?.field) query.set('sort', `${params.sort.order === 'DESC' ? '-' : ''}${params.sort.field}`);
  if (params.filter && Object.keys(params.filter).length > 0) query.set('filter', JSON.stringify(params.filter));
  const text = query.toString();
  return text ? `?${text}` : '';
}

const json = (method: string, data: unknown, headers?: HeadersInit): RequestInit => ({ method, body: JSON.stringify(data), headers });

/** `If-Match: "<version>"` of the record as the caller read it; every write of a versioned record needs it. */
export function ifMatch(record: unknown): HeadersInit | undefined {
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

/** A list's members are contacts under `lists/:listId/members`: the list id travels as a filter. */
function listPath(resource: string, filter: Record<string, unknown> = {}): { path: string; filter: Record<string, unknown> } {
  if (resource === 'list-members') {
    const { listId, ...rest } = filter;
    return { path: `${pathOf('lists', String(listId))}/members`, filter: rest };
  }
  if (resource === 'campaign-recipients') {
    const { campaignId, ...rest } = filter;
    return { path: `${pathOf('campaigns', String(campaignId))}/recipients`, filter: rest };
  }
  return { path: pathOf(resource), filter };
}

/** Where a campaign edit goes: a scheduled or sent one is edited through `/published` (campaigns.edit-published). */
function updatePath(resource: string, id: Identifier, previous: Record<string, unknown> | undefined): string {
  if (resource === 'campaigns' && previous && previous.status !== undefined && previous.status !== 'DRAFT') return `${pathOf(resource, id)}/published`;
  return pathOf(resource, id);
}

export interface PortalDataProvider extends DataProvider {
  /** A state change (publish, send, activate, ...): `POST <resource>/:id/<verb>` with the record's If-Match. */
  act<T = RaRecord>(resource: string, record: RaRecord, verb: string, body?: unknown): Promise<T>;
  /** A POST without a version (test send, add members, start a trial, ...). */
  post<T = unknown>(resource: string, subpath: string, body?: unknown): Promise<T>;
  /** A DELETE without a version (a list member). */
  remove(resource: string, subpath: string): Promise<unknown>;
  /** Multipart upload of one file (library, logos) with its text fields. */
  upload(resource: string, file: File, fields: Record<string, string>): Promise<RaRecord>;
  /** Raw CSV as the request body: `POST contacts/import`. */
  importContacts(csv: string, listId?: string): Promise<ImportReport>;
  /** A download (CSV export, an image's content) as a Blob. */
  blob(resource: string, subpath: string): Promise<Blob>;
  /** A read beside the records (billing summary, report, catalogue). */
  read<T = unknown>(resource: string, subpath?: string): Promise<T>;
}

export interface ImportReport {
  created: number;
  updated: number;
  unchanged: number;
  merged: number;
  skipped: number;
  errorCount: number;
  errors: { line: number; email: string | null; code: string; message: string }[];
  ignoredColumns: string[];
}

export const dataProvider: PortalDataProvider = {
  supportAbortSignal: true,

  async getList(resource, params) {
    const { path, filter } = listPath(resource, params.filter);
    // Anything a list answers beside data and total (the team's people counter) is its `meta`.
    const { data, total, ...meta } = await request<GetListResult & Record<string, unknown>>(`${path}${listQuery({ ...params, filter })}`, {
      signal: params.signal,
    });
    return { data: withIds(data), total, meta };
  },

  async getOne(resource, params) {
    if (isSingleton(resource)) {
      const record = await request<Record<string, unknown>>(pathOf(resource), { signal: params.signal });
      return { data: { ...record, id: resource } as never };
    }
    return { data: await request(pathOf(resource, params.id), { signal: params.signal }) };
  },

  async getMany(resource, params) {
    // One read per id: the API's list filters do not take ids, and getMany is used for a handful of references.
    const data = await Promise.all(params.ids.map((id) => request<never>(pathOf(resource, id), { signal: params.signal })));
    return { data };
  },

  async getManyReference(resource, params) {
    const { path, filter } = listPath(resource, { ...params.filter, [params.target]: params.id });
    const { data, total } = await request<GetListResult>(`${path}${listQuery({ ...params, filter })}`, { signal: params.signal });
    return { data: withIds(data), total };
  },

  async create(resource, params) {
    return { data: await request(pathOf(resource), json('POST', creatable(params.data))) };
  },

  async update(resource, params) {
    if (isSingleton(resource)) {
      // PUT replaces the whole record: every writable field, cleared ones as null.
      const body = Object.fromEntries(SINGLETONS[resource]!.map((field) => [field, params.data[field] === '' || params.data[field] === undefined ? null : params.data[field]]));
      const record = await request<Record<string, unknown>>(pathOf(resource), json('PUT', body, ifMatch(params.previousData)));
      return { data: { ...record, id: resource } as never };
    }
    if (resource === 'users') return { data: await request(pathOf(resource, params.id), json('PATCH', params.data)) };
    const changes = changedFields(params.data, params.previousData);
    return { data: await request(updatePath(resource, params.id, params.previousData), json('PATCH', changes, ifMatch(params.previousData))) };
  },

  async updateMany(resource, params) {
    await Promise.all(params.ids.map((id) => request(pathOf(resource, id), json('PATCH', params.data))));
    return { data: params.ids };
  },

  async delete(resource, params): Promise<DeleteResult> {
    await request(pathOf(resource, params.id), { method: 'DELETE', headers: ifMatch(params.previousData) });
    return { data: params.previousData ?? { id: params.id } };
  },

  async deleteMany(resource, params) {
    // Without the records' versions the API refuses (428); bulk deletes are not offered for versioned records.
    await Promise.all(params.ids.map((id) => request(pathOf(resource, id), { method: 'DELETE' })));
    return { data: params.ids };
  },

  act(resource, record, verb, body) {
    return request(`${pathOf(resource, record.id)}/${verb}`, body === undefined ? { method: 'POST', headers: ifMatch(record) } : json('POST', body, ifMatch(record)));
  },

  post(resource, subpath, body) {
    return request(`${pathOf(resource)}/${subpath}`, body === undefined ? { method: 'POST' } : json('POST', body));
  },

  remove(resource, subpath) {
    return request(`${pathOf(resource)}/${subpath}`, { method: 'DELETE' });
  },

  upload(resource, file, fields) {
    const form = new FormData();
    for (const [key, value] of Object.entries(fields)) if (value) form.append(key, value);
    form.append('file', file);
    return request(pathOf(resource), { method: 'POST', body: form });
  },

  importContacts(csv, listId) {
    const query = listId ? `?listId=${encodeURIComponent(listId)}` : '';
    return request(`${pathOf('contacts')}/import${query}`, { method: 'POST', body: csv, headers: { 'Content-Type': 'text/csv' } });
  },

  blob(resource, subpath) {
    return requestBlob(`${pathOf(resource)}/${subpath}`);
  },

  read(resource, subpath) {
    return request(subpath ? `${pathOf(resource)}/${subpath}` : pathOf(resource));
  },
};
