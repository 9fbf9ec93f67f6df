import { lazyPage } from '../../common/lazyPage';

const load = () => import('./CampaignPages');

export default {
  list: lazyPage(load, 'CampaignList'),
  create: lazyPage(load, 'CampaignCreate'),
  edit: lazyPage(load, 'CampaignEdit'),
  show: lazyPage(load, 'CampaignReport'),
  options: { label: 'Campaigns' },
};
