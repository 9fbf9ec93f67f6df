import { lazyPage } from '../../common/lazyPage';

const load = () => import('./LandingPages');

export default { list: lazyPage(load, 'LandingPageList'), create: lazyPage(load, 'LandingPageCreate'), edit: lazyPage(load, 'LandingPageEdit'), options: { label: 'Landing pages' } };
