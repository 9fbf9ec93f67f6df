import { type DataProvider, type DeleteResult, type GetListResult, HttpError, type Identifier } from 'react-admin';
import { request } from './http';
import { currentAccountId } from './session';

/**
 * Every resource lives in the current account: resource `users` is `/api/accounts/:accountId/users`.
 * Lists are `?page=&perPage=&sort=&filter=` answered with `{ data, total }`; `sort` is the field name,
 * prefixed with `-` for descending, and `filter` is a JSON object.
 */
function pathOf(resource: string, id?: Identifier): string {
  const accountId = currentAccountId();
  if (!accountId) throw new HttpError('Choose an account first.', 400);
  const base = `/accounts/${encodeURIComponent(accountId)}/${resource}`;
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

const json = (method: string, data: unknown): RequestInit => ({ method, body: JSON.stringify(data) });

export const dataProvider: DataProvider = {
  supportAbortSignal: true,

  async getList(resource, params) {
    // Anything a list answers beside data and total (the team's people counter) is its `meta`.
    const { data, total, ...meta } = await request<GetListResult & Record<string, unknown>>(`${pathOf(resource)}${listQuery(params)}`, {
      signal: params.signal,
    });
    return { data, total, meta };
  },

  async getOne(resource, params) {
    return { data: await request(pathOf(resource, params.id), { signal: params.signal }) };
  },

  async getMany(resource, params) {
    const { data } = await request<GetListResult>(`${pathOf(resource)}${listQuery({ filter: { id: params.ids } })}`, {
      signal: params.signal,
    });
    return { data };
  },

  async getManyReference(resource, params) {
    const filter = { ...params.filter, [params.target]: params.id };
    return request<GetListResult>(`${pathOf(resource)}${listQuery({ ...params, filter })}`, { signal: params.signal });
  },

  async create(resource, params) {
    return { data: await request(pathOf(resource), json('POST', params.data)) };
  },

  async update(resource, params) {
    return { data: await request(pathOf(resource, params.id), json('PATCH', params.data)) };
  },

  async updateMany(resource, params) {
    await Promise.all(params.ids.map((id) => request(pathOf(resource, id), json('PATCH', params.data))));
    return { data: params.ids };
  },

  async delete(resource, params): Promise<DeleteResult> {
    await request(pathOf(resource, params.id), { method: 'DELETE' });
    return { data: params.previousData ?? { id: params.id } };
  },

  async deleteMany(resource, params) {
    await Promise.all(params.ids.map((id) => request(pathOf(resource, id), { method: 'DELETE' })));
    return { data: params.ids };
  },
};
