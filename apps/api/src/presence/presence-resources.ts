import type { Type } from '@nestjs/common';
import type { ModuleRef } from '@nestjs/core';
import { type Action, isAction } from '@partner-portal/permissions';
import type { AccountContext } from '../access/account-context.js';
import { ROUTE_ACCESS } from '../access/route-access.decorator.js';
import { AccountSettingsController } from '../account-settings/account-settings.controller.js';
import { AccountSettingsService } from '../account-settings/account-settings.service.js';
import { ArchiveController } from '../archive/archive.controller.js';
import { ArchiveService } from '../archive/archive.service.js';
import { AutomationsController } from '../campaigns/automations.controller.js';
import { AutomationsService } from '../campaigns/automations.service.js';
import { CampaignsController } from '../campaigns/campaigns.controller.js';
import { CampaignsService } from '../campaigns/campaigns.service.js';
import { AD_CONTROLLERS } from '../channels/ads/ads.controller.js';
import { AdsService } from '../channels/ads/ads.service.js';
import type { AdChannel } from '../channels/ads/ad-channels.js';
import { SocialController } from '../channels/social/social.controller.js';
import { SocialPostsService } from '../channels/social/social-posts.service.js';
import { StoresController } from '../channels/stores/stores.controller.js';
import { StoresService } from '../channels/stores/stores.service.js';
import { ContactsController } from '../contacts/contacts.controller.js';
import { ContactsService } from '../contacts/contacts.service.js';
import { ListsController } from '../contacts/lists.controller.js';
import { ListsService } from '../contacts/lists.service.js';
import { SegmentsController } from '../contacts/segments.controller.js';
import { SegmentsService } from '../contacts/segments.service.js';
import { LibraryController, LogosController } from '../content/asset.controllers.js';
import { AssetsService } from '../content/assets.service.js';
import { LandingPagesController } from '../content/landing-pages.controller.js';
import { LandingPagesService } from '../content/landing-pages.service.js';
import { RolesController } from '../roles/roles.controller.js';
import { RolesService } from '../roles/roles.service.js';

/** The caller and the account a presence call reads the record as. */
export interface Reader {
  context: AccountContext;
  userId: string;
  /** The product area's own service, found in whichever module provides it. */
  service<T>(type: Type<T>): T;
}

/**
 * One kind of record whose edit screen shows who else is editing it. Its name is the portal's
 * resource name, the path segment under /presence/ and part of the Redis key.
 */
export interface PresenceResource {
  resource: string;
  /** Its controller's class name (OpenAPI operation ids are `<controller>_<method>`). */
  controllerName: string;
  /** "campaign": for summaries and the not-found message. */
  what: string;
  /** What its own GET answers when the record is not there or not the caller's to read. */
  notFound: string;
  /** The action its own GET declares, read from that route: seeing who edits a record takes what reading it takes. */
  access: Action;
  /** One record per account (settings, business profile): no record id in the path. */
  singleton: boolean;
  /** The record's own read, as its GET makes it: throws its 404 when the caller may not read it. */
  read(reader: Reader, id: string): Promise<unknown>;
}

/** The action the GET handler `method` of `controller` declares. */
function accessOf(controller: Type<unknown>, method: string): Action {
  const handler = (controller.prototype as Record<string, unknown>)[method];
  const access = handler ? (Reflect.getMetadata(ROUTE_ACCESS.KEY, handler) as unknown) : undefined;
  if (typeof access !== 'string' || !isAction(access)) throw new Error(`${controller.name}.${method} declares no action for presence to reuse`);
  return access;
}

const adController = (name: string) => {
  const controller = AD_CONTROLLERS.find((candidate) => candidate.name === name);
  if (!controller) throw new Error(`No ad controller ${name}`);
  return controller;
};

const record = (
  resource: string,
  controllerName: string,
  what: string,
  notFound: string,
  [controller, method]: [Type<unknown>, string],
  read: PresenceResource['read'],
): PresenceResource => ({ resource, controllerName, what, notFound, access: accessOf(controller, method), singleton: false, read });

const singleton = (resource: string, controllerName: string, what: string, [controller, method]: [Type<unknown>, string], read: PresenceResource['read']): PresenceResource => ({
  resource,
  controllerName,
  what,
  notFound: 'ACCOUNT_NOT_FOUND',
  access: accessOf(controller, method),
  singleton: true,
  read,
});

const ad = (resource: string, controllerName: string, channel: AdChannel, adControllerName: string) =>
  record(resource, controllerName, 'ad', 'AD_NOT_FOUND', [adController(adControllerName), 'get'], ({ context, service }, id) =>
    service(AdsService).channel(channel).get(context.account.id, id),
  );

/** Every record edited through the portal's VersionedEdit, with the read its own GET route makes. */
export const PRESENCE_RESOURCES: readonly PresenceResource[] = [
  record('campaigns', 'CampaignPresenceController', 'campaign', 'CAMPAIGN_NOT_FOUND', [CampaignsController, 'get'], ({ context, service }, id) =>
    service(CampaignsService).get(context, id),
  ),
  record('automations', 'AutomationPresenceController', 'automation', 'AUTOMATION_NOT_FOUND', [AutomationsController, 'get'], ({ context, service }, id) =>
    service(AutomationsService).get(context, id),
  ),
  // Row-level security hides a contact a member restricted to chosen lists cannot see: the read answers 404.
  record('contacts', 'ContactPresenceController', 'contact', 'CONTACT_NOT_FOUND', [ContactsController, 'get'], ({ context, service }, id) =>
    service(ContactsService).get(context, id),
  ),
  record('lists', 'ListPresenceController', 'list', 'LIST_NOT_FOUND', [ListsController, 'get'], ({ context, userId, service }, id) =>
    service(ListsService).get(context, userId, id),
  ),
  record('segments', 'SegmentPresenceController', 'segment', 'SEGMENT_NOT_FOUND', [SegmentsController, 'get'], ({ context, service }, id) =>
    service(SegmentsService).get(context, id),
  ),
  record('landing-pages', 'LandingPagePresenceController', 'landing page', 'LANDING_PAGE_NOT_FOUND', [LandingPagesController, 'get'], ({ context, service }, id) =>
    service(LandingPagesService).get(context, id),
  ),
  record('library', 'LibraryImagePresenceController', 'image', 'IMAGE_NOT_FOUND', [LibraryController, 'get'], ({ context, service }, id) =>
    service(AssetsService).get(context, 'IMAGE', id),
  ),
  record('logos', 'LogoPresenceController', 'logo', 'LOGO_NOT_FOUND', [LogosController, 'get'], ({ context, service }, id) => service(AssetsService).get(context, 'LOGO', id)),
  record('social-posts', 'SocialPostPresenceController', 'social post', 'SOCIAL_POST_NOT_FOUND', [SocialController, 'get'], ({ context, service }, id) =>
    service(SocialPostsService).get(context.account.id, id),
  ),
  ad('ads-google', 'GoogleAdPresenceController', 'GOOGLE', 'GoogleAdsController'),
  ad('ads-meta', 'MetaAdPresenceController', 'META', 'MetaAdsController'),
  ad('ads-lead', 'LeadAdPresenceController', 'META_LEAD', 'LeadAdsController'),
  record('stores', 'StorePresenceController', 'store', 'STORE_NOT_FOUND', [StoresController, 'get'], ({ context, service }, id) =>
    service(StoresService).records.get(context.account.id, id),
  ),
  record('roles', 'RolePresenceController', 'role', 'ROLE_NOT_FOUND', [RolesController, 'get'], ({ context, service }, id) => service(RolesService).get(context, id)),
  singleton('settings', 'SettingsPresenceController', 'account settings', [AccountSettingsController, 'getSettings'], ({ context, service }) =>
    service(AccountSettingsService).getSettings(context.account.id),
  ),
  singleton('archive', 'ArchivePresenceController', 'newsletter archive', [ArchiveController, 'get'], ({ context, service }) => service(ArchiveService).view(context)),
  singleton('business-profile', 'BusinessProfilePresenceController', 'business profile', [AccountSettingsController, 'getBusinessProfile'], ({ context, service }) =>
    service(AccountSettingsService).getBusinessProfile(context.account.id),
  ),
];

/** Finds a service in whichever module provides it (the product areas do not export their services). */
export const serviceFinder =
  (moduleRef: ModuleRef) =>
  <T>(type: Type<T>): T =>
    moduleRef.get(type, { strict: false });
