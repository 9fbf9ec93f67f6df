import { lazyPage } from '../../common/lazyPage';

const load = () => import('./SegmentPages');

export default { list: lazyPage(load, 'SegmentList'), create: lazyPage(load, 'SegmentCreate'), edit: lazyPage(load, 'SegmentEdit'), options: { label: 'Segments' } };
