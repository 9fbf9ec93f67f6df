import { lazyPage } from '../../common/lazyPage';

const load = () => import('./AccountPages');

export const purchases = { list: lazyPage(load, 'PurchaseList'), create: lazyPage(load, 'PurchaseCreate'), options: { label: 'Purchases' } };
export const trials = { list: lazyPage(load, 'TrialList'), create: lazyPage(load, 'TrialCreate'), options: { label: 'Trials' } };
export const settings = { list: lazyPage(load, 'SettingsPage'), options: { label: 'Settings' } };
export const businessProfile = { list: lazyPage(load, 'BusinessProfilePage'), options: { label: 'Business profile' } };
export const billing = { list: lazyPage(load, 'BillingPage'), options: { label: 'Billing' } };
export const audit = { list: lazyPage(load, 'AuditList'), options: { label: 'Audit log' } };
