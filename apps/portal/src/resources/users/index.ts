import { lazyPage } from '../../common/lazyPage';

export default {
  list: lazyPage(() => import('./UserList'), 'UserList'),
  create: lazyPage(() => import('./UserCreate'), 'UserCreate'),
  options: { label: 'Users' },
};
