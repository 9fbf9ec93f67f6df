import { lazyPage } from '../../common/lazyPage';

const load = () => import('./RolePages');

export default {
  list: lazyPage(load, 'RoleList'),
  create: lazyPage(load, 'RoleCreate'),
  edit: lazyPage(load, 'RoleEdit'),
  show: lazyPage(load, 'RoleShow'),
  options: { label: 'Roles' },
};
