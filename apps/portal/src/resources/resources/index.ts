import { lazyPage } from '../../common/lazyPage';

export default { list: lazyPage(() => import('./ResourceList'), 'ResourceList'), options: { label: 'Resources' } };
