import { lazyPage } from '../../common/lazyPage';

const load = () => import('./AssetPages');
const pages = { list: lazyPage(load, 'AssetList'), create: lazyPage(load, 'AssetUpload'), edit: lazyPage(load, 'AssetEdit') };

export const library = { ...pages, options: { label: 'Library' } };
export const logos = { ...pages, options: { label: 'Logos' } };
