import { lazyPage } from '../../common/lazyPage';

export default {
  list: lazyPage(() => import('./ClientList'), 'ClientList'),
  create: lazyPage(() => import('./ClientCreate'), 'ClientCreate'),
  options: { label: 'Accounts' },
};
