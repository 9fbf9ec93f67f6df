import type { Action } from '@partner-portal/permissions';

export type AdChannel = 'GOOGLE' | 'META' | 'META_LEAD';

export interface AdChannelSpec {
  channel: AdChannel;
  /** The route segment under ads/. */
  path: string;
  label: string;
  /** Lists and reads. */
  view: Action;
  /** Creates, edits, schedules, publishes, unpublishes and deletes. */
  manage: Action;
  controllerName: string;
}

/** The three ad channels and the actions that guard them (DESIGN.md §3). */
export const AD_CHANNELS: readonly AdChannelSpec[] = [
  // The matrix has no "view Google Ads" action: only those who manage Google Ads see them.
  { channel: 'GOOGLE', path: 'google', label: 'Google Ads', view: 'ads.google.manage', manage: 'ads.google.manage', controllerName: 'GoogleAdsController' },
  { channel: 'META', path: 'meta', label: 'Facebook and Instagram ads', view: 'ads.meta.view', manage: 'ads.meta.manage', controllerName: 'MetaAdsController' },
  { channel: 'META_LEAD', path: 'lead', label: 'Facebook lead ads', view: 'ads.lead.view', manage: 'ads.lead.manage', controllerName: 'LeadAdsController' },
];
