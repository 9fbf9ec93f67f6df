import { lazyPage } from '../../common/lazyPage';

const load = () => import('./ContactPages');

export default {
  list: lazyPage(load, 'ContactList'),
  create: lazyPage(load, 'ContactCreate'),
  edit: lazyPage(load, 'ContactEdit'),
  options: { label: 'Contacts' },
};
