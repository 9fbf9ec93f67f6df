import { lazyPage } from '../../common/lazyPage';

const load = () => import('./ChannelPages');

export const socialPosts = {
  list: lazyPage(load, 'SocialPostList'),
  create: lazyPage(load, 'SocialPostCreate'),
  edit: lazyPage(load, 'SocialPostEdit'),
  options: { label: 'Social posts' },
};
const ads = { list: lazyPage(load, 'AdList'), create: lazyPage(load, 'AdCreate'), edit: lazyPage(load, 'AdEdit') };
export const adsGoogle = { ...ads, options: { label: 'Google Ads' } };
export const adsMeta = { ...ads, options: { label: 'Facebook & Instagram ads' } };
export const adsLead = { ...ads, options: { label: 'Lead ads' } };
export const lookalikes = { list: lazyPage(load, 'LookalikeList'), create: lazyPage(load, 'LookalikeCreate'), options: { label: 'Lookalike audiences' } };
export const stores = { list: lazyPage(load, 'StoreList'), create: lazyPage(load, 'StoreCreate'), edit: lazyPage(load, 'StoreEdit'), options: { label: 'Stores' } };
