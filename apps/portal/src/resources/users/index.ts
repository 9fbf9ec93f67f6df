import { lazyPage } from '../../common/lazyPage';

export default {
  list: lazyPage(() => import('./UserList'), 'UserList'),
  create: lazyPage(() => import('./UserCreate'), 'UserCreate'),
  options: { label: 'Users' },
};

/** users/:userId/list-access: which lists a member reaches, and at which level. */
export const ListAccessPage = lazyPage(() => import('./ListAccessPage'), 'ListAccessPage');
