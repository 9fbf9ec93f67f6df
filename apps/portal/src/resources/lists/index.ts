import { lazyPage } from '../../common/lazyPage';

const load = () => import('./ListPages');

export default {
  list: lazyPage(load, 'ListList'),
  create: lazyPage(load, 'ListCreate'),
  edit: lazyPage(load, 'ListEdit'),
  show: lazyPage(load, 'ListShow'),
  options: { label: 'Lists' },
};
