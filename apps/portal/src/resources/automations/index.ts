import { lazyPage } from '../../common/lazyPage';

const load = () => import('./AutomationPages');

export default { list: lazyPage(load, 'AutomationList'), create: lazyPage(load, 'AutomationCreate'), edit: lazyPage(load, 'AutomationEdit'), options: { label: 'Automations' } };
