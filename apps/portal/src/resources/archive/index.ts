import { lazyPage } from '../../common/lazyPage';

export const archive = { list: lazyPage(() => import('./ArchivePages'), 'ArchivePage'), options: { label: 'Newsletter archive' } };
